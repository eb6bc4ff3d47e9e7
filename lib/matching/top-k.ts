/**
 * Keeps the k items with the largest keys seen so far in a bounded binary min-heap, so offering
 * n items costs O(n log k) and the smallest kept key is the admission threshold. Keys must be
 * distinct for a deterministic result, so the rankings fold the id rank into each key.
 */
export class TopK {
  private readonly keys: Float64Array;
  private readonly items: Int32Array;
  private size = 0;

  constructor(readonly capacity: number) {
    this.keys = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
  }

  /** Whether `capacity` items are kept, so a new item must beat smallestKey. */
  get isFull(): boolean {
    return this.size === this.capacity;
  }

  /** The smallest kept key; only meaningful when at least one item is kept. */
  get smallestKey(): number {
    return this.keys[0];
  }

  /** Offers an item; it is kept when the heap is not full or its key beats the smallest kept key. */
  offer(key: number, item: number): void {
    if (this.size < this.capacity) {
      this.siftUp(this.size, key, item);
      this.size += 1;
    } else if (this.capacity > 0 && key > this.keys[0]) {
      this.siftDown(key, item);
    }
  }

  /** Returns the kept keys and items ordered by key, largest first. */
  entriesDescending(): { key: number; item: number }[] {
    const entries = Array.from({ length: this.size }, (_, i) => ({ key: this.keys[i], item: this.items[i] }));
    return entries.sort((a, b) => b.key - a.key);
  }

  private siftUp(start: number, key: number, item: number): void {
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.keys[parent] <= key) {
        break;
      }
      this.keys[index] = this.keys[parent];
      this.items[index] = this.items[parent];
      index = parent;
    }
    this.keys[index] = key;
    this.items[index] = item;
  }

  /** Replaces the root (the smallest key) and restores the heap order. */
  private siftDown(key: number, item: number): void {
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= this.size) {
        break;
      }
      const right = left + 1;
      const child = right < this.size && this.keys[right] < this.keys[left] ? right : left;
      if (this.keys[child] >= key) {
        break;
      }
      this.keys[index] = this.keys[child];
      this.items[index] = this.items[child];
      index = child;
    }
    this.keys[index] = key;
    this.items[index] = item;
  }
}
