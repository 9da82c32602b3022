import Foundation
import Testing

/// `kiosk import list` as an operator runs it, on a copy of the shipped catalog.
@Suite("Import command", .serialized)
struct ImportCommandTests {
    static let header = "national_code\tname\tfield\tlevels\tministry\ttype\thandling_agency\tapplicants\t"
        + "publishing_decision\tsource"

    @Test("re-importing the shipped list changes nothing; a new row is added, a bad one refused with exit 1")
    func importList() throws {
        let kiosk = try TemporaryKiosk(copyCatalog: true)
        let again = try Kiosk.run(["import", "list", "Catalog/imports/national-procedures.tsv",
                                   "--config", kiosk.config, "--lang", "en"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Added: 0\nChanged: 0\nUnchanged: 2563\n"), "\(again.stdout)")
        #expect(again.stdout.contains("Already in the catalog in full, left as they are: 79"))

        let list = kiosk.folder + "/list.tsv"
        let rows = [
            Self.header,
            "1.999999\tCấp giấy phép thử nghiệm\tHộ tịch\tCấp tỉnh\tbo-tu-phap\tx\tSở Tư pháp\tCông dân Việt Nam\t1/QĐ-BTP\thttps://dichvucong.gov.vn/thu-tuc-hanh-chinh/test",
            "1.999998\tMột thủ tục ở cấp thôn\tHộ tịch\tCấp thôn\tbo-tu-phap\tx\tSở Tư pháp\t\t\thttps://dichvucong.gov.vn/thu-tuc-hanh-chinh/test2",
        ]
        try (rows.joined(separator: "\n") + "\n").write(toFile: list, atomically: true, encoding: .utf8)
        let entry = kiosk.catalogCopy + "/procedures/ht/1.999999.yaml"

        let dry = try Kiosk.run(["import", "list", list, "--dry-run", "--config", kiosk.config, "--lang", "en"])
        #expect(dry.status == 1)
        #expect(dry.stdout.hasPrefix("Dry run: the catalog is not changed.\nAdded: 1\n"), "\(dry.stdout)")
        #expect(!FileManager.default.fileExists(atPath: entry))

        let real = try Kiosk.run(["import", "list", list, "--remove-withdrawn", "--config", kiosk.config,
                                  "--lang", "en"])
        #expect(real.status == 1, "a refused record makes the exit status 1")
        #expect(real.stdout.contains("Skipped: 1\n  \(list):3: [1.999998] levels: level \"Cấp thôn\" has no row"),
                "\(real.stdout)")
        // The list holds only these two: every other entry of the catalog is withdrawn, and removed.
        #expect(real.stdout.contains("Withdrawn, removed from the catalog: 2563"))
        #expect(FileManager.default.fileExists(atPath: entry))

        let shown = try Kiosk.run(["show", "1.999999", "--config", kiosk.config, "--lang", "en"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Cấp giấy phép thử nghiệm (in Vietnamese)"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Procedure page: https://dichvucong.gov.vn/thu-tuc-hanh-chinh/test"))
        #expect(shown.stdout.contains("Handling agency: Bình Dương Department of Justice"))
        let validate = try Kiosk.run(["validate", "--config", kiosk.config, "--lang", "en"])
        #expect(validate.status == 0)
        #expect(validate.stdout.contains("Bình Dương Province — 83 procedures,"), "\(validate.stdout.prefix(300))")
        #expect(validate.stdout.contains("WARNING: 1 procedures have no English yet"))
    }
}
