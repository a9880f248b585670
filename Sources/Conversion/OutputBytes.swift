/// Growable bytes in memory of their own, for writers that append a byte or a short run at a time
/// (the JSON and HTML writers).
///
/// `[UInt8].append` checks uniqueness and capacity and may call into the runtime on every call;
/// here an append is a capacity test and a store. Noncopyable, so the memory has one owner and is
/// freed exactly once. Inlinable, because a call across modules per byte would cost more than the
/// array did.
public struct OutputBytes: ~Copyable {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var count = 0
    @usableFromInline var capacity: Int

    /// Empty bytes with room for `capacity` before the first growth.
    public init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written, copied into an array.
    public var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Appends one byte.
    @inlinable @inline(__always)
    public mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toFit: 1) }
        base[count] = byte
        count += 1
    }

    /// Appends a run of bytes.
    @inlinable @inline(__always)
    public mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        guard let source = run.baseAddress, run.count > 0 else { return }
        if capacity - count < run.count { grow(toFit: run.count) }
        (base + count).update(from: source, count: run.count)
        count += run.count
    }

    /// Appends the first `length` bytes of a static string (all of it by default).
    @inlinable @inline(__always)
    public mutating func append(_ text: StaticString, length: Int? = nil) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: length ?? text.utf8CodeUnitCount))
    }

    /// Makes room for `extra` more bytes, at least doubling.
    @usableFromInline @inline(never)
    mutating func grow(toFit extra: Int) {
        let newCapacity = max(capacity * 2, count + extra)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
