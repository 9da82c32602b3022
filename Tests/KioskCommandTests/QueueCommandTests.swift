import Foundation
import Testing
import TestSupport

/// The queue from the command line, as a staff desk, a counter and the hall's board meet it: numbers unique
/// while two processes issue at once, the board on a terminal showing a call, the ticket printed on a file
/// device, a refusing printer said and never fatal, `kiosk doctor` on the printer.
@Suite("Queue commands", .serialized)
struct QueueCommandTests {
    /// The passport: the immigration office's queue K at counters 14–15.
    static let passport = "1.001456"

    @Test("two processes issuing at once never give the same number")
    func uniqueUnderTwoProcesses() throws {
        let kiosk = try TemporaryKiosk(settings: [("printer", "device", "")])
        let folder = TestScratch.root + "queue-runs-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Two shells, started together, each issuing ten numbers one after the other.
        let loop = { (name: String) in
            "for i in 1 2 3 4 5 6 7 8 9 10; do \(Kiosk.binary.path) queue take \(Self.passport) --json --config \(kiosk.config) >> \(folder)/\(name) 2>> \(folder)/\(name).err; done"
        }
        let shells = ["a", "b"].map { name in
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = ["-c", loop(name)]
            return shell
        }
        for shell in shells { try shell.run() }
        for shell in shells { shell.waitUntilExit() }
        #expect(shells.allSatisfy { $0.terminationStatus == 0 })
        let numbers = try ["a", "b"].flatMap { name in
            try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8).split(separator: "\n")
                .filter { $0.contains("\"sequence\"") }
                .compactMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))) }
        }
        let errors = try String(contentsOfFile: "\(folder)/a.err", encoding: .utf8)
            + String(contentsOfFile: "\(folder)/b.err", encoding: .utf8)
        #expect(errors.isEmpty, "\(errors)")
        #expect(numbers.sorted() == Array(1 ... 20))
    }

    @Test("the board shows a counter's call")
    func boardFollowsCalls() throws {
        let kiosk = try TemporaryKiosk(settings: [("printer", "device", "")])
        let take = try Kiosk.run(["queue", "take", Self.passport, "--config", kiosk.config])
        #expect(take.status == 0 && take.stdout.hasPrefix("K1 — quầy 14, 15 — Quý khách là người tiếp theo."), "\(take.stdout)\(take.stderr)")
        let second = try Kiosk.run(["queue", "take", Self.passport, "--config", kiosk.config, "--lang", "en"])
        #expect(second.stdout.hasPrefix("K2 — counter 14, 15 — People waiting ahead of you: 1 — No waiting time yet"),
                "\(second.stdout)")

        let board = try TmuxKiosk(width: 100, height: 30, arguments: "board --config \(kiosk.config)")
        try board.waitFor("Chưa gọi số nào hôm nay. · No number called yet today.")
        #expect(board.capture().joined(separator: "\n").contains("K 2"), "two waiting in queue K")

        let call = try Kiosk.run(["queue", "call", "15", "--config", kiosk.config, "--lang", "en"])
        #expect(call.stdout.contains("Counter 15: calling K1"), "\(call.stdout)\(call.stderr)")
        try board.waitFor("Mời số K1 đến quầy 15")
        let screen = try board.waitFor("Number K1, please go to counter 15").joined(separator: "\n")
        #expect(screen.contains("K 1"), "one left waiting: \(screen)")
        // The latest call stands highlighted in the counters' table: dark on gold (the selection's colours).
        let row = board.captureWithAttributes().components(separatedBy: "\n").first { $0.contains("15   K1") }
        #expect(row?.contains("48;5;220m 15   K1") == true, "\(row ?? "no row")")

        let next = try Kiosk.run(["queue", "call", "14", "--config", kiosk.config, "--json"])
        #expect(next.stdout.contains("\"number\" : \"K2\""), "\(next.stdout)")
        try board.waitFor("Mời số K2 đến quầy 14")
        let empty = try Kiosk.run(["queue", "call", "14", "--config", kiosk.config, "--lang", "en"])
        #expect(empty.stdout.contains("nobody waiting in queue K"), "\(empty.stdout)")
        board.press("q")
        #expect(try board.waitForExit() == 0)
    }

    @Test("the ticket is printed on a file device; a refusing printer is said, the number issued all the same")
    func printing() throws {
        let printed = TestScratch.root + "printer-" + UUID().uuidString.prefix(8) + ".bin"
        let kiosk = try TemporaryKiosk(settings: [("printer", "device", "file:" + printed), ("printer", "paper_mm", 58)])
        let take = try Kiosk.run(["queue", "take", Self.passport, "--config", kiosk.config, "--json"])
        #expect(take.status == 0 && take.stdout.contains("\"printed\" : true"), "\(take.stdout)\(take.stderr)")
        let listing = try ESCPOSDecoder(columns: 32).decode([UInt8](try #require(FileManager.default.contents(atPath: printed))))
        #expect(listing.contains("cbL |K1"))
        #expect(listing.contains("cb- |SỐ THỨ TỰ"))
        #expect(listing.last == "[cut]")

        let port = try FakeNetworkPrinter.closedPort()
        let refusing = try TemporaryKiosk(settings: [("printer", "device", "tcp://127.0.0.1:\(port)")])
        let anyway = try Kiosk.run(["queue", "take", Self.passport, "--config", refusing.config, "--lang", "en"])
        #expect(anyway.status == 0 && anyway.stdout.hasPrefix("K1 — counter 14, 15"), "\(anyway.stdout)")
        #expect(anyway.stderr.contains("The ticket was not printed"), "\(anyway.stderr)")

        let doctor = try Kiosk.run(["doctor", "--config", refusing.config, "--lang", "en"])
        #expect(doctor.stdout.contains("✘ Printer tcp://127.0.0.1:\(port) is not usable"), "\(doctor.stdout)")
        let fine = try Kiosk.run(["doctor", "--config", kiosk.config, "--lang", "en"])
        #expect(fine.stdout.contains("✔ Printer file:\(printed) (58 mm, wpc1258): opens"), "\(fine.stdout)")
        #expect(fine.stdout.contains("✔ Queue numbers: 11 queues"), "\(fine.stdout)")
    }

    @Test("a procedure received elsewhere, an unknown counter: said, nothing issued")
    func refusals() throws {
        let kiosk = try TemporaryKiosk(settings: [("printer", "device", "")])
        let commune = try Kiosk.run(["queue", "take", "1.001193", "--config", kiosk.config, "--lang", "en"])
        #expect(commune.status == 1 && commune.stderr.contains("has no queue at the center"), "\(commune.stderr)")
        let unknown = try Kiosk.run(["queue", "call", "99", "--config", kiosk.config, "--lang", "en"])
        #expect(unknown.status == 1 && unknown.stderr.contains("Counter 99 serves no queue"), "\(unknown.stderr)")
    }
}

extension QueueCommandTests {
    @Test("at the kiosk: the home tile issues a number, the ticket is printed, the board's store has it")
    func atTheKiosk() throws {
        let printed = TestScratch.root + "kiosk-printer-" + UUID().uuidString.prefix(8) + ".bin"
        let setup = try TemporaryKiosk(settings: [("printer", "device", "file:" + printed)])
        let kiosk = try TmuxKiosk.atHome(width: 100, height: 30, setup: setup, english: true)
        try kiosk.click("Take a queue number")
        try kiosk.waitFor("Choose where you are going to hand in your papers")
        // "I have a booking" heads the list: the passport office is on the next page.
        try kiosk.waitFor("I have a booking")
        kiosk.press("NPage")
        try kiosk.click("Immigration Office")
        try kiosk.waitFor("Do you belong to one of the groups served first?")
        try kiosk.click("No — a regular number")
        try kiosk.waitFor("Your number: K1")
        try kiosk.waitFor("Your ticket is printed")
        let listing = try ESCPOSDecoder(columns: 48).decode([UInt8](try #require(FileManager.default.contents(atPath: printed))))
        #expect(listing.contains("cbL |K1") && listing.contains("cb- |QUEUE NUMBER"))
        // The number is in the kiosk's queue file: the counter calls it.
        let call = try Kiosk.run(["queue", "call", "14", "--config", setup.config, "--lang", "en"])
        #expect(call.stdout.contains("Counter 14: calling K1"), "\(call.stdout)\(call.stderr)")
    }
}

extension QueueCommandTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("priority groups, a priority ticket ahead, a booking used once: the command line as scripts use it")
    func priorityAndBookings() throws {
        let kiosk = try TemporaryKiosk(settings: [("printer", "device", "")])
        let groups = try Kiosk.run(["queue", "priorities", "--json", "--config", kiosk.config])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(groups.stdout.utf8)) as? [[String: Any]])
        #expect(list.compactMap { $0["id"] as? String } == ["elderly", "disability", "pregnant", "young-child", "merit"])
        #expect((list.first?["name"] as? [String: String])?["en"] == "Older person (60 or over)")

        for _ in 0 ..< 2 { _ = try Kiosk.run(["queue", "take", "K", "--config", kiosk.config]) }
        let priority = try Self.json(try Kiosk.run(["queue", "take", "K", "--priority", "elderly", "--json", "--config", kiosk.config]).stdout)
        #expect(priority["number"] as? String == "K3" && priority["kind"] as? String == "priority")
        #expect(priority["ahead"] as? Int == 0 && priority["wait"] as? String == "next")
        let unknown = try Kiosk.run(["queue", "take", "K", "--priority", "vip", "--config", kiosk.config, "--lang", "en"])
        #expect(unknown.status == 1 && unknown.stderr.contains("No priority group vip"), "\(unknown.stderr)")
        let call = try Self.json(try Kiosk.run(["queue", "call", "14", "--json", "--config", kiosk.config]).stdout)
        #expect(call["number"] as? String == "K3" && call["kind"] as? String == "priority")

        // Bookings from the booking system's file, for today; one for tomorrow.
        let calendar = Calendar(identifier: .gregorian)
        let format = DateFormatter()
        format.dateFormat = "yyyy-MM-dd"
        let today = format.string(from: Date())
        let tomorrow = format.string(from: calendar.date(byAdding: .day, value: 1, to: Date())!)
        let clock = DateFormatter()
        clock.dateFormat = "HH:mm"
        // The slot began a minute ago: on time (the grace is 10 minutes).
        let start = clock.string(from: Date().addingTimeInterval(-60))
        let file = TestScratch.root + "bookings-\(UUID().uuidString).csv"
        try """
            code,line,procedure,date,start,end,initials
            BK-1001,K,,\(today),\(start),23:59,NVA
            BK-1002,,\(Self.passport),\(tomorrow),09:00,09:15,TTB
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try Kiosk.run(["queue", "bookings", "import", file, "--config", kiosk.config, "--lang", "en"])
        #expect(imported.status == 0 && imported.stdout.contains("2 bookings added"), "\(imported.stdout)\(imported.stderr)")
        let booked = try Self.json(try Kiosk.run(["queue", "take", "K", "--booking", "bk-1001", "--json", "--config", kiosk.config]).stdout)
        #expect(booked["kind"] as? String == "booked" && booked["ahead"] as? Int == 0)
        let again = try Kiosk.run(["queue", "take", "K", "--booking", "BK-1001", "--config", kiosk.config])
        #expect(again.status == 2 && again.stderr.contains("Mã này đã được dùng"), "\(again.stderr)")
        let otherDay = try Kiosk.run(["queue", "take", "K", "--booking", "BK-1002", "--config", kiosk.config, "--lang", "en"])
        #expect(otherDay.status == 2 && otherDay.stderr.contains("This booking is for"), "\(otherDay.stderr)")
        let wrongLine = try Kiosk.run(["queue", "take", "A", "--booking", "BK-1002", "--config", kiosk.config, "--lang", "en"])
        #expect(wrongLine.status == 2, "\(wrongLine.stderr)")
        // A file with a problem is refused whole, with its row.
        try "code,line,date,start,end,initials\nBK-2001,Z,\(today),09:00,09:15,AB\n".write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try Kiosk.run(["queue", "bookings", "import", file, "--config", kiosk.config, "--lang", "en"])
        #expect(refused.status == 1 && refused.stderr.contains("row 2: no line Z"), "\(refused.stderr)")
        // In the operator's language.
        let vietnamese = try Kiosk.run(["queue", "bookings", "import", file, "--config", kiosk.config, "--lang", "vi"])
        #expect(vietnamese.status == 1 && vietnamese.stderr.contains("dòng 2: sảnh này không có hàng Z"), "\(vietnamese.stderr)")
        #expect(!vietnamese.stderr.contains("no line"), "\(vietnamese.stderr)")
    }
}
