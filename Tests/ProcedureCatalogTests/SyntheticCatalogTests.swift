import TestSupport
import Foundation
import Testing
@testable import ProcedureCatalog

@Suite("Synthetic catalogs")
struct SyntheticCatalogTests {
    @Test("a generated catalog of 10,000 procedures validates and searches")
    func tenThousand() throws {
        let folder = TestScratch.root + "synthetic-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try SyntheticCatalog(procedureCount: 10_000, seed: 7).write(to: folder)
        let catalog = try CatalogLoader.load(directory: folder)
        #expect(catalog.procedures.count == 10_000)
        #expect(catalog.procedures.allSatisfy { $0.synthetic })
        #expect(catalog.publisher.en.contains("Synthetic"))
        let index = SearchIndex(catalog: catalog)
        let hits = index.search("giay phep lai xe", limit: 20)
        #expect(hits.count == 20)
        for hit in hits {
            let words = VietnameseFolding.words(catalog.procedures[hit.procedure].name.vi)
            #expect(words.contains("lai") && words.contains("xe"))
        }
        #expect(index.search("1.000042").first.map { catalog.procedures[$0.procedure].code.national } == "1.000042")

        // A snapshot this size streams to its file in many blocks; it must read back whole.
        let snapshot = folder + ".snapshot"
        defer { unlink(snapshot) }
        let fingerprint = CatalogSnapshot.fingerprint(of: folder)
        try CatalogSnapshot.write(catalog, index, fingerprint: fingerprint, to: snapshot)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: snapshot)[.size] as? Int)
        #expect(size > 4 * SnapshotWriter.blockSize)
        let (readCatalog, readIndex) = try #require(try CatalogSnapshot.read(snapshot, fingerprint: fingerprint))
        #expect(readCatalog.procedures == catalog.procedures)
        #expect(readIndex.postings == index.postings && readIndex.vocabulary == index.vocabulary)
        #expect(readIndex.search("giay phep lai xe", limit: 500) == index.search("giay phep lai xe", limit: 500))

        // Stopping early (candidates by prior) must give exactly what scoring every candidate gives.
        #expect(index.priorDescending)
        var exhaustive = index
        exhaustive.priorDescending = false
        let queries = ["t", "tr", "ho c", "giay ph", "dang ky khai sinh", "chung thuc ban sao", "cap lai", "khai snih",
                       "xe", "bao hiem xa hoi", "thu tuc", "so", "1.", "1.0", "1.000042", "2.00", "tro cap xa ho",
                       "chung thu", "giay phep xa", "ho k", "cấp că", "ho kinh d", "cap lai giay chung n", "x", "a b"]
        // Query words are checked on each candidate's words throughout, or tabulated from their postings from the
        // first candidate on, or (the default) the one after the other once checking has cost what tables cost.
        var tabulating = index
        tabulating.candidatesBeforeTables = 1
        var checking = index
        checking.candidatesBeforeTables = .max
        // One-letter words' tables taken at load, and the tables kept from earlier keystrokes, must score as
        // walking the postings at every search does.
        var walking = index
        walking.letterScores = [:]
        walking.recentTables = nil
        for query in queries {
            for limit in [1, 20, 500] {
                let expected = exhaustive.search(query, limit: limit)
                #expect(index.search(query, limit: limit) == expected, "\(query) \(limit)")
                #expect(tabulating.search(query, limit: limit) == expected, "\(query) \(limit) tabulating")
                #expect(checking.search(query, limit: limit) == expected, "\(query) \(limit) checking")
                #expect(walking.search(query, limit: limit) == expected, "\(query) \(limit) walking")
            }
        }
    }

    @Test("the same seed writes the same catalog; another seed another")
    func deterministic() throws {
        func generate(_ seed: UInt64) throws -> String {
            let folder = TestScratch.root + "synthetic-" + UUID().uuidString
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try SyntheticCatalog(procedureCount: 300, seed: seed, perFile: 100).write(to: folder)
            return try String(contentsOfFile: "\(folder)/procedures/synthetic-0000100.yaml", encoding: .utf8)
        }
        let first = try generate(3)
        #expect(first.hasPrefix("# SYNTHETIC DATA"))
        #expect(try generate(3) == first)
        #expect(try generate(4) != first)
    }
}
