// Label and value pairs as a description list; on wide screens the labels form a column.
export function DetailList({ items }: { items: { label: string; value: string }[] }) {
  return (
    <dl className="grid max-w-3xl gap-x-6 gap-y-3 sm:grid-cols-[minmax(0,14rem)_1fr]">
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="font-bold">{item.label}</dt>
          <dd className="mb-2 break-words whitespace-pre-line sm:mb-0">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
