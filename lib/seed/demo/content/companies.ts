import type { CompanySector, VacancyStatus, VerificationStatus, WorkMode } from "../../../generated/prisma/enums";
import type { VacancyTemplateKey } from "./vacancy-templates";

// Demo employers. Names, NIBs and addresses are fictional, and any match with a real business is a
// coincidence.

export type DemoVacancyPlan = {
  template: VacancyTemplateKey;
  openings: number;
  // Days from the seed day to the application deadline, negative for vacancies already closed.
  deadlineInDays: number;
  status: VacancyStatus;
  workMode?: WorkMode;
};

export type DemoCompany = {
  key: string;
  name: string;
  nib: string;
  sector: CompanySector;
  industry: string;
  headcount: number;
  employeesWithDisabilities: number;
  cityCode: string;
  address: string;
  accessibilityNotes: string;
  verificationStatus: VerificationStatus;
  accessFeatures: string[];
  member: { email: string; name: string };
  vacancies: DemoVacancyPlan[];
};

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    key: "sinar-data",
    name: "PT Sinar Data Priangan",
    nib: "9120301746218",
    sector: "private",
    industry: "Jasa pengolahan data dan teknologi informasi",
    headcount: 180,
    employeesWithDisabilities: 3,
    cityCode: "32.73",
    address: "Jl. Cisangkuy No. 41, Citarum, Bandung Wetan, Kota Bandung",
    accessibilityNotes:
      "Pintu masuk dengan ramp, lift ke semua lantai, dan toilet aksesibel di lantai 1 dan 3. Komputer kerja dapat dipasangi NVDA.",
    verificationStatus: "verified",
    accessFeatures: ["step_free_access", "elevator", "accessible_toilet", "accessible_parking", "tactile_guiding_paths", "visual_alarms"],
    member: { email: "employer@demo.ijc.id", name: "Ratna Suryani" },
    vacancies: [
      { template: "data_entry", openings: 3, deadlineInDays: 21, status: "open" },
      { template: "admin_assistant", openings: 1, deadlineInDays: 14, status: "open" },
      { template: "live_chat", openings: 2, deadlineInDays: 30, status: "open" },
      { template: "it_support", openings: 1, deadlineInDays: 28, status: "open" },
      { template: "web_developer", openings: 2, deadlineInDays: 45, status: "open" },
      { template: "programmer", openings: 1, deadlineInDays: 40, status: "open" },
      { template: "graphic_designer", openings: 1, deadlineInDays: -5, status: "closed" },
      { template: "digital_trainer", openings: 1, deadlineInDays: 35, status: "open" },
      { template: "bookkeeper", openings: 1, deadlineInDays: 20, status: "open" },
      { template: "translator_subtitler", openings: 1, deadlineInDays: 60, status: "draft" },
    ],
  },
  {
    key: "rajut-cigondewah",
    name: "CV Rajut Jaya Cigondewah",
    nib: "8120105539274",
    sector: "private",
    industry: "Tekstil dan garmen rajut",
    headcount: 60,
    employeesWithDisabilities: 1,
    cityCode: "32.73",
    address: "Jl. Cigondewah Kaler No. 12, Bandung Kulon, Kota Bandung",
    accessibilityNotes: "Area produksi di lantai dasar tanpa tangga. Belum ada toilet aksesibel; sedang direnovasi.",
    verificationStatus: "verified",
    accessFeatures: ["step_free_access", "visual_alarms"],
    member: { email: "hrd.rajutjaya@demo.ijc.id", name: "Yayan Sopyan" },
    vacancies: [
      { template: "tailor", openings: 2, deadlineInDays: 18, status: "open" },
      { template: "sewing_operator", openings: 5, deadlineInDays: 25, status: "open" },
      { template: "embroiderer", openings: 2, deadlineInDays: 30, status: "open" },
      { template: "packer", openings: 2, deadlineInDays: 12, status: "open" },
      { template: "warehouse_clerk", openings: 1, deadlineInDays: 16, status: "open" },
      { template: "admin_clerk", openings: 1, deadlineInDays: 22, status: "open" },
    ],
  },
  {
    key: "kopi-patuha",
    name: "PT Kopi Gunung Patuha Nusantara",
    nib: "9120208814530",
    sector: "private",
    industry: "Kafe dan minuman",
    headcount: 35,
    employeesWithDisabilities: 0,
    cityCode: "32.73",
    address: "Jl. Progo No. 7, Citarum, Bandung Wetan, Kota Bandung",
    accessibilityNotes: "Kafe satu lantai dengan pintu masuk tanpa tangga.",
    verificationStatus: "pending",
    accessFeatures: ["step_free_access"],
    member: { email: "owner.kopipatuha@demo.ijc.id", name: "Hendra Gunawan" },
    vacancies: [
      { template: "barista", openings: 2, deadlineInDays: 30, status: "draft" },
      { template: "cook", openings: 1, deadlineInDays: 30, status: "draft" },
      { template: "cashier", openings: 1, deadlineInDays: 30, status: "draft" },
      { template: "kitchen_helper", openings: 1, deadlineInDays: 30, status: "draft" },
    ],
  },
  {
    key: "sarana-niaga",
    name: "Perumda Sarana Niaga Parahyangan",
    nib: "8120007312946",
    sector: "regional_owned",
    industry: "Pengelolaan pasar dan properti daerah",
    headcount: 240,
    employeesWithDisabilities: 4,
    cityCode: "32.73",
    address: "Jl. Soekarno-Hatta No. 219, Batununggal, Kota Bandung",
    accessibilityNotes: "Kantor pusat dengan ramp, lift, toilet aksesibel, dan parkir khusus di dekat lobi.",
    verificationStatus: "verified",
    accessFeatures: ["step_free_access", "elevator", "accessible_toilet", "accessible_parking", "clear_signage"],
    member: { email: "sdm.sarananiaga@demo.ijc.id", name: "Dewi Anggraeni" },
    vacancies: [
      { template: "customer_service", openings: 2, deadlineInDays: 19, status: "open" },
      { template: "receptionist", openings: 1, deadlineInDays: 10, status: "open" },
      { template: "cleaner", openings: 3, deadlineInDays: 15, status: "open" },
      { template: "admin_clerk", openings: 2, deadlineInDays: 24, status: "open" },
      { template: "accounting_clerk", openings: 1, deadlineInDays: 27, status: "open" },
      { template: "photographer", openings: 1, deadlineInDays: 33, status: "open" },
    ],
  },
  {
    key: "arunika-kontak",
    name: "PT Arunika Kontak Nusantara",
    nib: "9120406627315",
    sector: "private",
    industry: "Layanan pusat kontak (contact centre)",
    headcount: 320,
    employeesWithDisabilities: 5,
    cityCode: "35.78",
    address: "Jl. Raya Darmo No. 88, Wonokromo, Kota Surabaya",
    accessibilityNotes:
      "Gedung dengan lift dan toilet aksesibel. Tim layanan chat bekerja tanpa telepon; juru bahasa isyarat tersedia untuk pelatihan.",
    verificationStatus: "verified",
    accessFeatures: ["step_free_access", "elevator", "accessible_toilet", "visual_alarms", "quiet_room"],
    member: { email: "rekrutmen.arunika@demo.ijc.id", name: "Yuni Kartikasari" },
    vacancies: [
      { template: "call_centre", openings: 6, deadlineInDays: 20, status: "open" },
      { template: "live_chat", openings: 4, deadlineInDays: 20, status: "open" },
      { template: "customer_service", openings: 2, deadlineInDays: 26, status: "open" },
      { template: "data_entry", openings: 2, deadlineInDays: -8, status: "closed" },
      { template: "it_support", openings: 1, deadlineInDays: 31, status: "open" },
      { template: "translator_subtitler", openings: 2, deadlineInDays: 42, status: "open" },
      { template: "receptionist", openings: 1, deadlineInDays: 13, status: "open" },
      { template: "admin_assistant", openings: 1, deadlineInDays: 23, status: "open", workMode: "onsite" },
      { template: "digital_trainer", openings: 1, deadlineInDays: 37, status: "open" },
    ],
  },
  {
    key: "gudang-samudra",
    name: "PT Gudang Niaga Samudra (Persero)",
    nib: "8120509921604",
    sector: "state_owned",
    industry: "Pergudangan dan logistik",
    headcount: 450,
    employeesWithDisabilities: 6,
    cityCode: "35.78",
    address: "Jl. Kalimas Baru No. 150, Pabean Cantian, Kota Surabaya",
    accessibilityNotes: "Kantor administrasi di lantai dasar. Area gudang dilengkapi alarm visual dan jalur pejalan kaki bermarka.",
    verificationStatus: "verified",
    accessFeatures: ["step_free_access", "accessible_toilet", "accessible_parking", "visual_alarms", "wide_clear_paths"],
    member: { email: "sdm.gudangsamudra@demo.ijc.id", name: "Bambang Sutrisno" },
    vacancies: [
      { template: "warehouse_clerk", openings: 2, deadlineInDays: 17, status: "open" },
      { template: "picker", openings: 4, deadlineInDays: 14, status: "open" },
      { template: "packer", openings: 3, deadlineInDays: -3, status: "closed" },
      { template: "admin_clerk", openings: 1, deadlineInDays: 29, status: "open" },
      { template: "accounting_clerk", openings: 1, deadlineInDays: 21, status: "open" },
      { template: "cleaner", openings: 2, deadlineInDays: 11, status: "open" },
      { template: "it_support", openings: 1, deadlineInDays: 34, status: "open", workMode: "onsite" },
    ],
  },
  {
    key: "dapur-kenjeran",
    name: "CV Dapur Rawon Kenjeran",
    nib: "9120602258741",
    sector: "private",
    industry: "Rumah makan",
    headcount: 28,
    employeesWithDisabilities: 0,
    cityCode: "35.78",
    address: "Jl. Kenjeran No. 301, Tambaksari, Kota Surabaya",
    accessibilityNotes: "",
    verificationStatus: "pending",
    accessFeatures: [],
    member: { email: "pemilik.dapurkenjeran@demo.ijc.id", name: "Slamet Riyadi" },
    vacancies: [
      { template: "cook", openings: 1, deadlineInDays: 30, status: "draft" },
      { template: "kitchen_helper", openings: 2, deadlineInDays: 30, status: "draft" },
      { template: "cashier", openings: 1, deadlineInDays: 30, status: "draft" },
    ],
  },
  {
    key: "pinisi-kriya",
    name: "PT Pinisi Kriya Sulawesi",
    nib: "9120703385129",
    sector: "private",
    industry: "Kerajinan tangan dan suvenir",
    headcount: 40,
    employeesWithDisabilities: 2,
    cityCode: "73.71",
    address: "Jl. Somba Opu No. 64, Ujung Pandang, Kota Makassar",
    accessibilityNotes: "Bengkel kerja di lantai dasar. Toko memiliki ramp di pintu masuk.",
    verificationStatus: "verified",
    accessFeatures: ["step_free_access", "wide_clear_paths"],
    member: { email: "hrd.pinisikriya@demo.ijc.id", name: "Andi Tenri Ajeng" },
    vacancies: [
      { template: "craft_wood", openings: 2, deadlineInDays: 24, status: "open" },
      { template: "craft_textile", openings: 3, deadlineInDays: 28, status: "open" },
      { template: "shop_assistant", openings: 1, deadlineInDays: 15, status: "open" },
      { template: "photographer", openings: 1, deadlineInDays: 36, status: "open" },
      { template: "packer", openings: 1, deadlineInDays: 19, status: "open" },
    ],
  },
  {
    key: "slb-lompo-baru",
    name: "UPT SLB Negeri Lompo Baru",
    nib: "8120800417763",
    sector: "government",
    industry: "Pendidikan khusus",
    headcount: 55,
    employeesWithDisabilities: 4,
    cityCode: "73.71",
    address: "Jl. Daeng Tata Raya No. 9, Tamalate, Kota Makassar",
    accessibilityNotes: "Sekolah satu lantai dengan jalur pemandu taktil, penanda Braille, dan toilet aksesibel.",
    verificationStatus: "verified",
    accessFeatures: ["step_free_access", "accessible_toilet", "tactile_guiding_paths", "braille_signage", "visual_alarms", "clear_signage"],
    member: { email: "tatausaha.slblompobaru@demo.ijc.id", name: "Muhammad Syarif" },
    vacancies: [
      { template: "sign_language_teacher", openings: 1, deadlineInDays: 26, status: "open" },
      { template: "special_needs_teacher", openings: 2, deadlineInDays: 26, status: "open" },
      { template: "admin_clerk", openings: 1, deadlineInDays: 18, status: "open" },
      { template: "cleaner", openings: 1, deadlineInDays: 12, status: "open" },
      { template: "digital_trainer", openings: 1, deadlineInDays: 39, status: "open" },
    ],
  },
  {
    key: "griya-netra",
    name: "PT Griya Sehat Netra Mataram",
    nib: "9120905576482",
    sector: "private",
    industry: "Pijat kebugaran dan refleksi",
    headcount: 25,
    employeesWithDisabilities: 12,
    cityCode: "34.71",
    address: "Jl. Kusumanegara No. 117, Umbulharjo, Kota Yogyakarta",
    accessibilityNotes: "Jalur pemandu taktil dari pintu masuk ke ruang terapi. Penanda ruangan dalam huruf Braille.",
    verificationStatus: "verified",
    accessFeatures: ["tactile_guiding_paths", "braille_signage", "step_free_access", "accessible_toilet"],
    member: { email: "pengelola.griyanetra@demo.ijc.id", name: "Sri Wahyuningsih" },
    vacancies: [
      { template: "massage", openings: 4, deadlineInDays: 21, status: "open" },
      { template: "massage_part_time", openings: 2, deadlineInDays: 21, status: "open" },
      { template: "receptionist", openings: 1, deadlineInDays: 14, status: "open" },
      { template: "cashier", openings: 1, deadlineInDays: 17, status: "open" },
      { template: "cleaner", openings: 1, deadlineInDays: 9, status: "open" },
    ],
  },
];
