import CaseTracking
import Foundation
import TestSupport
import Testing

/// The loop operators keep search.yaml with: the report of what citizens did not find, a synonym added by hand,
/// the replay that shows it works before the kiosks reload, and validate's warning of a group that applies to
/// nothing.
@Suite("Search report commands")
struct SearchReportCommandTests {
    func keep(_ kiosk: TemporaryKiosk) throws {
        let store = try kiosk.caseStore()
        let now = Date()
        var searches: [SearchRecord] = []
        for _ in 0 ..< 5 {
            searches.append(SearchRecord(kiosk: "k1", time: now, query: "hoanthue", results: 0))
            searches.append(SearchRecord(kiosk: "k1", time: now, query: "hoan thue thu nhap ca nhan", results: 3,
                                         opened: "2.002233", rank: 2, previous: "hoanthue"))
        }
        searches += (0 ..< 2).map { _ in SearchRecord(kiosk: "k1", time: now, query: "zalo", results: 0) }
        for search in searches { try store.save(search) }
    }

    @Test("report, a synonym by hand, replay: the failing search succeeds before any kiosk reloads")
    func reportAndReplay() throws {
        let kiosk = try TemporaryKiosk(copyCatalog: true)
        _ = try kiosk.seed()
        try keep(kiosk)
        let report = try Kiosk.run(["search", "report", "--config", kiosk.config, "--lang", "en"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Searches ") && report.stdout.contains(": 12; a procedure opened after 5 (41%)"), "\(report.stdout)")
        #expect(report.stdout.contains("     5  hoanthue  — still finds nothing"), "\(report.stdout)")
        #expect(report.stdout.contains("     2  zalo  — still finds nothing"))
        #expect(report.stdout.contains("     5  hoanthue → 2.002233 Khai quyết toán thuế"), "\(report.stdout)")
        #expect(report.stdout.contains("Catalog/search.yaml under synonyms"))
        let json = try Kiosk.run(["search", "report", "--config", kiosk.config, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let suggestions = try #require(object["suggestions"] as? [[String: Any]])
        #expect(suggestions.first?["query"] as? String == "hoanthue" && suggestions.first?["code"] as? String == "2.002233")

        let before = try Kiosk.run(["search", "replay", "--config", kiosk.config, "--lang", "en"])
        #expect(before.stdout.contains("✘ hoanthue → 0 results") && before.stdout.contains("0 of 3 succeed"), "\(before.stdout)")
        // The operator adds the suggestion to search.yaml, as the report says.
        let yaml = kiosk.catalogCopy + "/search.yaml"
        try (try String(contentsOfFile: yaml, encoding: .utf8)
             + "  - citizens_say: [hoanthue]\n    catalog_says: [hoàn thuế đối với cá nhân cư trú]\n")
            .write(toFile: yaml, atomically: true, encoding: .utf8)
        let after = try Kiosk.run(["search", "replay", "--config", kiosk.config, "--lang", "en"])
        #expect(after.stdout.contains("✔ hoanthue → 2.002233 at #1"), "\(after.stdout)")
        #expect(after.stdout.contains("✘ zalo → 0 results") && after.stdout.contains("2 of 3 succeed"), "\(after.stdout)")
        // A file of queries, each with what it means.
        let file = kiosk.folder + "/queries.tsv"
        try "# query\tcode\nhoanthue\t2.002233\nzalo\n".write(toFile: file, atomically: true, encoding: .utf8)
        let fromFile = try Kiosk.run(["search", "replay", "--file", file, "--config", kiosk.config, "--json"])
        let replay = try #require(try JSONSerialization.jsonObject(with: Data(fromFile.stdout.utf8)) as? [String: Any])
        #expect(replay["succeeding"] as? Int == 1)
    }

    @Test("validate warns of a synonym group that applies to no procedure the kiosks show")
    func unusedGroup() throws {
        let kiosk = try TemporaryKiosk(copyCatalog: true)
        let clean = try Kiosk.run(["validate", "--config", kiosk.config, "--lang", "en"])
        #expect(clean.status == 0 && !clean.stdout.contains("synonym groups"), "\(clean.stdout)")
        let yaml = kiosk.catalogCopy + "/search.yaml"
        try (try String(contentsOfFile: yaml, encoding: .utf8)
             + "  - citizens_say: [giấy phép nuôi rồng]\n    catalog_says: [nuôi rồng thần]\n")
            .write(toFile: yaml, atomically: true, encoding: .utf8)
        let warned = try Kiosk.run(["validate", "--config", kiosk.config, "--lang", "en"])
        #expect(warned.status == 0)
        #expect(warned.stdout.contains("WARNING: 1 synonym groups of search.yaml apply to no procedure the kiosks show"), "\(warned.stdout)")
        #expect(warned.stdout.contains("citizens_say: [giấy phép nuôi rồng]  catalog_says: [nuôi rồng thần]"))
    }
}
