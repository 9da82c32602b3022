import Foundation
import TestSupport
import Testing

/// `kiosk ratings` as an operator runs it.
@Suite("Rating commands")
struct RatingCommandTests {
    @Test("seed-demo, then the report as text, JSON and CSV, lowest first against the goal; clear-demo removes them")
    func demoReport() throws {
        let setup = try TemporaryKiosk()
        let seeded = try Kiosk.run(["ratings", "seed-demo", "--config", setup.config, "--lang", "en"])
        #expect(seeded.status == 0, "\(seeded.stderr)")
        #expect(seeded.stdout.contains("Added 1080 demo ratings"))
        let csv = setup.folder + "/report.csv"
        let text = try Kiosk.run(["ratings", "report", "--config", setup.config, "--lang", "en", "--csv", csv])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("Satisfied, whole center: "))
        #expect(text.stdout.contains("(goal 95%: not met)"))
        #expect(text.stdout.contains("INCLUDES DEMO RATINGS"))
        let json = try Kiosk.run(["ratings", "report", "--config", setup.config, "--json", "--from", "2000-01-01"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["ratings"] as? Int == 1080)
        #expect(object["includes_demo"] as? Bool == true)
        let groups = try #require(object["groups"] as? [[String: Any]])
        let ranked = groups.filter { $0["ranked"] as? Bool == true }.compactMap { $0["satisfied_percent"] as? Double }
        #expect(!ranked.isEmpty && ranked == ranked.sorted(), "lowest satisfaction first")
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(rows.first?.hasPrefix("group,name,ratings,satisfied_percent") == true)
        #expect(rows.count > 2)
        let page = setup.folder + "/report.html"
        let html = try Kiosk.run(["ratings", "report", "--config", setup.config, "--from", "2000-01-01", "--html", page])
        #expect(html.status == 0, "\(html.stderr)")
        let markup = try String(contentsOfFile: page, encoding: .utf8)
        #expect(markup.components(separatedBy: "<svg").count == 5, "the bars per agency, per officer and per counter, and the trend")
        #expect(markup.contains("Thái độ công chức tại quầy, theo cán bộ") && markup.contains("DEMO-"))
        #expect(markup.contains("<table>") && markup.contains("Mục tiêu 95%"))
        #expect(!markup.contains("src=") && !markup.contains("href="), "nothing loaded from elsewhere")
        let cleared = try Kiosk.run(["ratings", "clear-demo", "--config", setup.config, "--lang", "en"])
        #expect(cleared.stdout.contains("Removed 1080 demo ratings."))
        let empty = try Kiosk.run(["ratings", "report", "--config", setup.config, "--json", "--from", "2000-01-01"])
        let none = try #require(try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [String: Any])
        #expect(none["ratings"] as? Int == 0)
    }

    @Test("a bad grouping or date is refused with what is accepted")
    func badOptions() throws {
        let setup = try TemporaryKiosk()
        let by = try Kiosk.run(["ratings", "report", "--by", "colour", "--config", setup.config, "--lang", "en"])
        #expect(by.status == 2 && by.stderr.contains("agency, field, procedure, counter, officer, month"))
        let day = try Kiosk.run(["ratings", "report", "--from", "1.12.2026", "--config", setup.config, "--lang", "en"])
        #expect(day.status == 2 && day.stderr.contains("Not a date: 1.12.2026"))
    }
}
