/// A value the catalog snapshot stores: written field by field in a fixed order, read back the same way.
/// Hand-written rather than Codable: Codable's keyed containers cost more than parsing the YAML they replace.
protocol SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError)
    func write(to writer: inout SnapshotWriter)
}

/// Why a snapshot could not be read; the catalog is then read from its YAML files.
public enum SnapshotError: Error, Equatable {
    case truncated
    case corrupt(String)
}

/// Appends values as little-endian bytes. With a sink, full blocks go to it as they fill (a national snapshot is
/// not held in memory twice); the sink sees whole 8-byte words until the end.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []
    private let sink: ((UnsafeRawBufferPointer) -> Void)?
    /// Bytes already handed to the sink.
    private(set) var flushedCount = 0
    static let blockSize = 1 << 20

    init(sink: ((UnsafeRawBufferPointer) -> Void)? = nil) {
        self.sink = sink
        if sink != nil { bytes.reserveCapacity(Self.blockSize + 4096) }
    }

    /// Hands the filled part to the sink when a block is full, keeping a tail shorter than a word.
    mutating func flushIfFull() {
        guard let sink, bytes.count >= Self.blockSize else { return }
        let whole = bytes.count & ~7
        bytes.withUnsafeBytes { sink(UnsafeRawBufferPointer(rebasing: $0[..<whole])) }
        flushedCount += whole
        bytes.removeFirst(whole)
    }

    /// Hands everything left to the sink.
    mutating func flushAll() {
        guard let sink, !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { sink($0) }
        flushedCount += bytes.count
        bytes.removeAll()
    }

    mutating func write<T: SnapshotCodable>(_ value: T) { value.write(to: &self) }

    mutating func write<T: SnapshotCodable>(_ value: T?) {
        bytes.append(value == nil ? 0 : 1)
        value?.write(to: &self)
    }

    mutating func write<T: SnapshotCodable>(_ values: [T]) {
        write(values.count)
        for value in values {
            value.write(to: &self)
            flushIfFull()
        }
    }

    /// An array of integers as one block of memory (little-endian), a slice at a time so that a sink still
    /// receives it block by block.
    mutating func writeBlock<T: FixedWidthInteger>(_ values: [T]) {
        write(values.count)
        let slice = Self.blockSize / MemoryLayout<T>.size
        for start in stride(from: 0, to: values.count, by: slice) {
            let part = values[start ..< min(start + slice, values.count)]
            if 1.littleEndian == 1 {
                part.withUnsafeBytes { bytes.append(contentsOf: $0) }
            } else {
                for value in part { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
            }
            flushIfFull()
        }
    }

    mutating func writeBytes(_ values: [UInt8]) {
        write(values.count)
        bytes.append(contentsOf: values)
    }

    mutating func appendRaw(_ raw: UnsafeRawBufferPointer) { bytes.append(contentsOf: raw) }

    mutating func appendByte(_ byte: UInt8) { bytes.append(byte) }


    mutating func appendBytes(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    mutating func appendUTF8(_ text: String) {
        write(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }
}

/// Reads what SnapshotWriter wrote, refusing to read past the end.
struct SnapshotReader {
    private var base: UnsafeRawBufferPointer
    private var offset = 0
    /// Where more bytes come from once `base` is read (a file read a block at a time), or nil: `base` is all.
    private let stream: SnapshotStream?

    init(_ base: UnsafeRawBufferPointer) {
        self.base = base
        stream = nil
    }

    init(_ stream: SnapshotStream) {
        base = UnsafeRawBufferPointer(start: nil, count: 0)
        self.stream = stream
    }

    /// Bytes not yet read.
    var remaining: Int { base.count - offset + (stream?.unread ?? 0) }

    var isAtEnd: Bool { remaining == 0 }

    /// The next `count` bytes, valid until the next call (a streamed window moves on).
    mutating func take(_ count: Int) throws(SnapshotError) -> UnsafeRawBufferPointer {
        // The window's own bytes first: that is nearly every call of a start; the stream only when they run out.
        if count < 0 || count > base.count - offset {
            guard count >= 0, count <= remaining, let stream else { throw .truncated }
            base = try stream.refill(keeping: base.count - offset, wanted: count)
            offset = 0
            guard count <= base.count else { throw .truncated }
        }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: base[offset ..< offset + count])
    }

    mutating func read<T: SnapshotCodable>(_: T.Type = T.self) throws(SnapshotError) -> T {
        try T(from: &self)
    }

    mutating func readOptional<T: SnapshotCodable>(_: T.Type = T.self) throws(SnapshotError) -> T? {
        let flag = try take(1)[0]
        return flag == 0 ? nil : try T(from: &self)
    }

    mutating func readArray<T: SnapshotCodable>(_: T.Type = T.self) throws(SnapshotError) -> [T] {
        let count = try readCount(minimumSize: 1)
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0 ..< count { values.append(try T(from: &self)) }
        return values
    }

    mutating func readBlock<T: FixedWidthInteger>(_: T.Type = T.self) throws(SnapshotError) -> [T] {
        let count = try readCount(minimumSize: MemoryLayout<T>.size)
        let raw = try take(count * MemoryLayout<T>.size)
        var values = [T](repeating: 0, count: count)
        values.withUnsafeMutableBytes { $0.copyMemory(from: raw) }
        if 1.littleEndian != 1 {
            for index in values.indices { values[index] = T(littleEndian: values[index]) }
        }
        return values
    }

    mutating func readBytes() throws(SnapshotError) -> [UInt8] {
        let count = try readCount(minimumSize: 1)
        return Array(try take(count))
    }

    /// A count, checked against what is left (a corrupt count must not allocate gigabytes).
    mutating func readCount(minimumSize: Int) throws(SnapshotError) -> Int {
        let count = try Int(from: &self)
        guard count >= 0, count <= remaining / max(minimumSize, 1) else { throw .truncated }
        return count
    }
}

extension Int: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self = Int(Int64(littleEndian: try reader.take(8).loadUnaligned(as: Int64.self)))
    }

    func write(to writer: inout SnapshotWriter) {
        withUnsafeBytes(of: Int64(self).littleEndian) { writer.appendRaw($0) }
    }
}

extension Bool: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self = try reader.take(1)[0] != 0
    }

    func write(to writer: inout SnapshotWriter) { writer.appendByte(self ? 1 : 0) }
}

extension String: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let count = try Int(from: &reader)
        self = String(decoding: try reader.take(count), as: UTF8.self)
    }

    func write(to writer: inout SnapshotWriter) { writer.appendUTF8(self) }
}

extension RawRepresentable where RawValue == String {
    /// Enums are stored by their raw value, so that reordering cases cannot change what a snapshot means.
    static func readRaw(from reader: inout SnapshotReader) throws(SnapshotError) -> Self {
        let raw = try String(from: &reader)
        guard let value = Self(rawValue: raw) else { throw .corrupt("\(Self.self) \(raw)") }
        return value
    }
}
