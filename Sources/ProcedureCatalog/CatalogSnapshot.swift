import Foundation

/// The catalog as last loaded and its search index, in one binary file (by default `var/catalog.snapshot`).
///
/// Reading a national catalog's YAML and building its index takes seconds; the snapshot takes a fraction of that.
/// It is used only when it was written from exactly the files the catalog folder now holds (names, sizes,
/// modification times, inodes) by exactly this kiosk program; otherwise the YAML is read, validated as always,
/// and a new snapshot written. A damaged snapshot (checksum, bounds) is refused, never trusted.
public enum CatalogSnapshot {
    static let magic = Array("KIOSK CATALOG SNAPSHOT\n".utf8)
    /// Raised whenever what a snapshot holds changes shape (the program's own identity changes anyway).
    static let formatVersion = 8

    /// The state of everything a load reads, and of the program reading it.
    public static func fingerprint(of directory: String, scope: CatalogScope = .whole) -> [UInt8] {
        var writer = programPart(CatalogLoader.root(of: directory), scope)
        for file in CatalogLoader.files(of: directory) {
            writer.write(file)
            writer.write(fileState(file))
        }
        return writer.bytes
    }

    /// What a fingerprint starts with: this program, this folder, this scope (the files' states follow).
    private static func programPart(_ root: String, _ scope: CatalogScope) -> SnapshotWriter {
        var writer = SnapshotWriter()
        writer.write(formatVersion)
        writer.write(scope.rawValue)
        writer.write(root)
        writer.write(fileState("/proc/self/exe"))
        return writer
    }

    /// The catalog and index stored at `path` by this program for this folder and scope, whatever the folder's
    /// files are now: the last good catalog, for a start whose files do not validate. Nil when there is none.
    public static func readLastGood(_ path: String, directory: String, scope: CatalogScope = .whole)
        throws(SnapshotError) -> (Catalog, SearchIndex)?
    {
        let program = programPart(CatalogLoader.root(of: directory), scope).bytes
        return try read(path) { stored in stored.starts(with: program) }
    }

    /// A file's state as numbers; the same for any file that is absent.
    private static func fileState(_ path: String) -> [Int] {
        FileState(path: path)?.numbers ?? [-1]
    }

    /// The catalog and index stored at `path`, or nil when there is none or it is for other files.
    public static func read(_ path: String, fingerprint: [UInt8]) throws(SnapshotError) -> (Catalog, SearchIndex)? {
        try read(path) { $0 == fingerprint }
    }

    /// The catalog and index stored at `path` when `accepts` takes the fingerprint it was written for. The file
    /// is read a block at a time: the header first, then the contents decoded as they are read and summed, the
    /// sum compared at the end (a damaged file decodes into bounds or fails, and is refused either way).
    static func read(_ path: String, blockSize: Int = 1 << 16, accepts: ([UInt8]) -> Bool)
        throws(SnapshotError) -> (Catalog, SearchIndex)?
    {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        var header = SnapshotReader(SnapshotStream(descriptor: descriptor, offset: 0, length: size, summing: false,
                                                   blockSize: blockSize))
        guard Array(try header.take(magic.count)) == magic else { throw .corrupt("not a catalog snapshot") }
        guard accepts(try header.readBytes()) else { return nil }
        let length: Int = try header.read()
        let sum = UInt64(bitPattern: Int64(try header.read(Int.self)))
        let start = size - header.remaining
        guard length >= 0, length <= header.remaining else { throw .truncated }
        guard length == header.remaining else { throw .corrupt("trailing bytes") }
        let stream = SnapshotStream(descriptor: descriptor, offset: start, length: length, summing: true,
                                    blockSize: blockSize)
        var contents = SnapshotReader(stream)
        let decoded: (Catalog, SearchIndex)
        do {
            decoded = try decode(&contents)
        } catch {
            // Damage is what makes contents undecodable: say so when the sum shows it.
            if (try? stream.drain())?.value != sum { throw .corrupt("checksum") }
            throw error
        }
        guard stream.sum.value == sum else { throw .corrupt("checksum") }
        return decoded
    }

    /// Writes the snapshot next to where it goes, then renames it into place: a reader never sees half a file.
    /// The contents stream to the file a block at a time, summed as they go; the header's length and checksum
    /// are written last, in place.
    public static func write(_ catalog: Catalog, _ index: SearchIndex, fingerprint: [UInt8], to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let temporary = "\(path).\(getpid()).tmp"
        let file = try SnapshotFile(creating: temporary)
        do {
            var header = SnapshotWriter()
            header.appendBytes(magic)
            header.writeBytes(fingerprint)
            try file.write(header.bytes)
            try file.write([UInt8](repeating: 0, count: 16))  // the contents' length and checksum, known at the end
            var sum = Checksum()
            var failure: Error?
            var contents = SnapshotWriter { block in
                guard failure == nil else { return }
                sum.add(block)
                do { try file.write(block) } catch { failure = error }
            }
            contents.write(catalog.publisher)
            contents.write(catalog.levels)
            contents.write(catalog.nationalLevels)
            contents.write(catalog.fields)
            contents.write(catalog.agencies)
            contents.write(catalog.priorityGroups)
            contents.write(catalog.banks)
            contents.write(catalog.procedures)
            contents.write(index)
            contents.flushAll()
            if let failure { throw failure }
            var lengths = SnapshotWriter()
            lengths.write(contents.flushedCount)
            lengths.write(Int(Int64(bitPattern: sum.value)))
            try file.write(lengths.bytes, at: header.bytes.count)
            // On disk before it replaces the old one: a power cut leaves the old snapshot or the new, whole.
            try file.finish()
            guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// A snapshot's contents (what follows its header), as a damaged file could present them: for the fuzzer,
    /// which must find every such input refused or read into a catalog and index that stay in bounds.
    public static func decodeContents(_ bytes: [UInt8]) throws(SnapshotError) -> (Catalog, SearchIndex) {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(SnapshotError) in
                var reader = SnapshotReader(raw)
                return try decode(&reader)
            }
        }
        return try result.get()
    }

    private static func decode(_ reader: inout SnapshotReader) throws(SnapshotError) -> (Catalog, SearchIndex) {
        let publisher: LocalizedText = try reader.read()
        let levels: [Level] = try reader.readArray()
        let nationalLevels: [NationalLevel] = try reader.readArray()
        let fields: [Field] = try reader.readArray()
        let agencies: [Agency] = try reader.readArray()
        let priorityGroups: [PriorityGroup] = try reader.readArray()
        let banks: [Bank] = try reader.readArray()
        let procedures: [Procedure] = try reader.readArray()
        let index: SearchIndex = try reader.read()
        guard reader.isAtEnd, index.procedureCount == procedures.count else { throw .corrupt("contents") }
        // The index keeps search.yaml (it reads queries with it); the catalog shows the same.
        let catalog = Catalog(publisher: publisher, levels: levels, fields: fields, agencies: agencies,
                              procedures: procedures, nationalLevels: nationalLevels,
                              searchWords: index.phrases.words, priorityGroups: priorityGroups, banks: banks)
        // The index numbers procedures in the catalog's order; a snapshot that disagrees is not used.
        guard zip(catalog.procedures, procedures).allSatisfy({ $0.code == $1.code }) else {
            throw .corrupt("procedure order")
        }
        return (catalog, index)
    }
}
