import Foundation

/// A snapshot file read a block at a time, so that reading it never holds the whole file: at national scale the
/// file is hundreds of megabytes, and held whole beside the catalog it decodes into it would double the start's
/// memory. Bytes are read with `pread` from a given offset up to a given length, and summed as they are read
/// (the checksum runs over 8-byte words from the start of what it covers, so words are summed only whole until
/// the last bytes).
final class SnapshotStream {
    private let descriptor: Int32
    private var storage: UnsafeMutableRawBufferPointer
    /// Bytes held in `storage`, and how many of them are summed.
    private var end = 0
    private var summed = 0
    /// Where in the file the next block is read, and how many bytes are still to read.
    private var fileOffset: Int
    private(set) var unread: Int
    private let summing: Bool
    private(set) var sum = Checksum()
    private let blockSize: Int

    /// The file's `length` bytes from `offset`; `blockSize` is how much one read asks for (tests make it tiny).
    init(descriptor: Int32, offset: Int, length: Int, summing: Bool, blockSize: Int = 1 << 16) {
        self.descriptor = descriptor
        fileOffset = offset
        unread = max(length, 0)
        self.summing = summing
        self.blockSize = max(blockSize, 1)
        storage = .allocate(byteCount: self.blockSize, alignment: 8)
    }

    deinit { storage.deallocate() }

    /// The window the reader reads from next: the last `kept` bytes of the window before (not yet read by it),
    /// followed by more of the file, at least `wanted` bytes in all when the file holds them.
    func refill(keeping kept: Int, wanted: Int) throws(SnapshotError) -> UnsafeRawBufferPointer {
        // Keep what the reader has not read, and any bytes not yet summed (a word's start).
        let keepFrom = min(end - kept, summed)
        if keepFrom > 0 {
            if end > keepFrom {
                storage.baseAddress!.copyMemory(from: storage.baseAddress! + keepFrom, byteCount: end - keepFrom)
            }
            end -= keepFrom
            summed -= keepFrom
        }
        let start = end - kept
        let needed = start + min(max(wanted, blockSize), kept + unread)
        if needed > storage.count { grow(to: needed) }
        while end < needed, unread > 0 {
            let count = min(storage.count - end, unread)
            let read = pread(descriptor, storage.baseAddress! + end, count, off_t(fileOffset))
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { throw .truncated }
            end += read
            fileOffset += read
            unread -= read
        }
        sumWhatWasRead()
        return UnsafeRawBufferPointer(rebasing: storage[start ..< end])
    }

    /// Reads and sums what is left (a block at a time, nothing kept): the sum of the whole, for a contents that
    /// failed to decode, whose true reason is then most likely damage.
    func drain() throws(SnapshotError) -> Checksum {
        while unread > 0 { _ = try refill(keeping: 0, wanted: blockSize) }
        return sum
    }

    private func grow(to count: Int) {
        let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, storage.count * 2), alignment: 8)
        if end > 0 { larger.baseAddress!.copyMemory(from: storage.baseAddress!, byteCount: end) }
        storage.deallocate()
        storage = larger
    }

    /// Sums the whole words read since the last time, and the last bytes once the file has no more. A stream
    /// that does not sum counts everything as summed: it has no word's start to keep.
    private func sumWhatWasRead() {
        guard summing else { summed = end; return }
        let whole = unread == 0 ? end - summed : (end - summed) / 8 * 8
        guard whole > 0 else { return }
        sum.add(UnsafeRawBufferPointer(rebasing: storage[summed ..< summed + whole]))
        summed += whole
    }
}
