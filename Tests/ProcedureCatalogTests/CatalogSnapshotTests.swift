import TestSupport
import Foundation
import Testing
@testable import ProcedureCatalog

@Suite("Catalog snapshot")
struct CatalogSnapshotTests {
    private func temporaryPath() -> String {
        TestScratch.root + "snapshot-" + UUID().uuidString + "/catalog.snapshot"
    }

    @Test("the shipped catalog and its index come back from the snapshot exactly as read from the files")
    func roundTrip() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let first = try CatalogLoader.loadIndexed(directory: ShippedCatalog.folder, snapshot: path)
        #expect(first.source == .files)
        #expect(first.snapshotProblem == nil)
        #expect(FileManager.default.fileExists(atPath: path))

        let second = try CatalogLoader.loadIndexed(directory: ShippedCatalog.folder, snapshot: path)
        #expect(second.source == .snapshot)
        let (a, b) = (first.catalog, second.catalog)
        #expect(a.publisher == b.publisher && a.levels == b.levels && a.fields == b.fields && a.agencies == b.agencies)
        #expect(a.procedures == b.procedures)
        #expect(b.procedures == ShippedCatalog.catalog.procedures)
        let (x, y) = (first.index, second.index)
        #expect(x.vocabulary == y.vocabulary && x.postingStart == y.postingStart && x.postings == y.postings)
        #expect(x.docWordStart == y.docWordStart && x.docWords == y.docWords && x.prior == y.prior)
        #expect(x.nameWordStart == y.nameWordStart && x.nameWords == y.nameWords)
        #expect(x.codes.map(\.key) == y.codes.map(\.key) && x.codes.map(\.procedure) == y.codes.map(\.procedure))
        #expect(x.firstLetters == y.firstLetters && x.priorDescending == y.priorDescending)
        for query in ["khai sinh", "d", "ho chieu", "1.001193", "birth", "khai snih"] {
            #expect(x.search(query, limit: 50) == y.search(query, limit: 50), "\(query)")
        }
    }

    @Test("an edited catalog file makes the next start read the files again, and see the edit")
    func staleAfterEdit() throws {
        let fixture = try CatalogFixture()
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        _ = try CatalogLoader.loadIndexed(directory: fixture.folder, snapshot: path)
        try fixture.replace("{vi: Giấy khai sinh, en: Birth certificate}", with: "{vi: Bản chính giấy khai sinh, en: Original birth certificate}")
        let edited = try CatalogLoader.loadIndexed(directory: fixture.folder, snapshot: path)
        #expect(edited.source == .files)
        #expect(edited.catalog.procedures.first?.results.first?.en == "Original birth certificate")
        let again = try CatalogLoader.loadIndexed(directory: fixture.folder, snapshot: path)
        #expect(again.source == .snapshot)
        #expect(again.catalog.procedures.first?.results.first?.en == "Original birth certificate")
    }

    /// The file is read a block at a time and never whole: whatever the block size (a word of the checksum, a
    /// string or an index block split across reads, a block larger than the read size), the same catalog and index.
    @Test("a snapshot read in blocks of any size gives what it holds; a damaged one is refused by its sum")
    func readInBlocks() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let written = try CatalogLoader.loadIndexed(directory: ShippedCatalog.folder, snapshot: path)
        for blockSize in [1, 7, 8, 13, 4096, 1 << 16, 1 << 24] {
            let (catalog, index) = try #require(try CatalogSnapshot.read(path, blockSize: blockSize) { _ in true })
            #expect(catalog.procedures == written.catalog.procedures, "block size \(blockSize)")
            #expect(index.postings == written.index.postings && index.vocabulary == written.index.vocabulary)
            #expect(index.search("ho chieu") == written.index.search("ho chieu"))
        }
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        for position in [bytes.count - 1, bytes.count / 2, bytes.count - 5] {
            bytes[position] ^= 0x01
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(throws: SnapshotError.self) { try CatalogSnapshot.read(path, blockSize: 13) { _ in true } }
            bytes[position] ^= 0x01
        }
    }

    @Test("a damaged or truncated snapshot is refused with a reason, and the files are read instead")
    func damaged() throws {
        let fixture = try CatalogFixture()
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        _ = try CatalogLoader.loadIndexed(directory: fixture.folder, snapshot: path)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count - 40] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let flipped = try CatalogLoader.loadIndexed(directory: fixture.folder, snapshot: path)
        #expect(flipped.source == .files)
        #expect(flipped.snapshotProblem?.contains("checksum") == true)
        #expect(flipped.catalog.procedures.count == 1)

        // The damaged one was replaced; now cut the new one short.
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))
        let truncated = try CatalogLoader.loadIndexed(directory: fixture.folder, snapshot: path)
        #expect(truncated.source == .files)
        #expect(truncated.snapshotProblem?.contains("truncated") == true)

        try Data("not a snapshot at all".utf8).write(to: URL(fileURLWithPath: path))
        let foreign = try CatalogLoader.loadIndexed(directory: fixture.folder, snapshot: path)
        #expect(foreign.source == .files)
        #expect(foreign.snapshotProblem != nil)
        #expect(try CatalogLoader.loadIndexed(directory: fixture.folder, snapshot: path).source == .snapshot)
    }

    @Test("an invalid catalog throws its problems and writes no snapshot; an unwritable place is reported")
    func invalidAndUnwritable() throws {
        let fixture = try CatalogFixture()
        try fixture.replace("popularity: 90", with: "popularity: many")
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        #expect(throws: CatalogProblems.self) { try CatalogLoader.loadIndexed(directory: fixture.folder, snapshot: path) }
        #expect(!FileManager.default.fileExists(atPath: path))

        let good = try CatalogFixture()
        let blocked = try CatalogLoader.loadIndexed(directory: good.folder, snapshot: "/proc/kiosk/catalog.snapshot")
        #expect(blocked.source == .files)
        #expect(blocked.snapshotProblem?.contains("not written") == true)
    }
}
