import Foundation
import Testing
import TestSupport

/// The counter desk from the command line, as an operator and a script at a counter meet it: officers added
/// with a PIN on standard input, signed in at one counter only, a ticket's day at the counter in text and JSON,
/// and every refusal said in the operator's language with exit 1 and nothing changed.
@Suite("Counter commands", .serialized)
struct CounterCommandTests {
    static let passport = "1.001456"

    private func json(_ result: Kiosk.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)\(result.stderr)")
    }

    @Test("officers: added with a PIN from standard input, listed, refused when malformed, removed")
    func officers() throws {
        let kiosk = try TemporaryKiosk(settings: [("printer", "device", "")])
        let added = try Kiosk.run(["officers", "add", "cb-0123", "--name", "Nguyễn Thị Lan", "--config", kiosk.config], input: "135790\n")
        #expect(added.status == 0 && added.stdout.contains("Đã thêm cán bộ CB-0123: Nguyễn Thị Lan."), "\(added.stdout)\(added.stderr)")
        let short = try Kiosk.run(["officers", "add", "CB-0456", "--name", "Trần Văn Minh", "--config", kiosk.config, "--lang", "en"],
                                  input: "1234\n")
        #expect(short.status != 0 && short.stderr.contains("The PIN must be 6 to 12 digits"), "\(short.stderr)")
        let bad = try Kiosk.run(["officers", "add", "CB 01", "--name", "X", "--config", kiosk.config, "--lang", "en"], input: "135790\n")
        #expect(bad.status != 0 && bad.stderr.contains("Staff number CB 01 is not valid"), "\(bad.stderr)")
        let list = try Kiosk.run(["officers", "list", "--json", "--config", kiosk.config])
        #expect(list.stdout.contains("\"staff_number\" : \"CB-0123\"") && !list.stdout.contains("CB-0456"), "\(list.stdout)")
        #expect(!list.stdout.contains("$y$") && !list.stdout.contains("135790"), "no PIN nor hash is shown")
        #expect(try Kiosk.run(["officers", "remove", "CB-0123", "--config", kiosk.config]).status == 0)
        let gone = try Kiosk.run(["officers", "remove", "CB-0123", "--config", kiosk.config, "--lang", "en"])
        #expect(gone.status != 0 && gone.stderr.contains("No officer CB-0123."))
    }

    @Test("a ticket's day at a counter from a script; refusals exit 1 and change nothing")
    func aTicketsDay() throws {
        let kiosk = try TemporaryKiosk(settings: [("printer", "device", "")])
        for (staff, name) in [("CB-0123", "Nguyễn Thị Lan"), ("CB-0456", "Trần Văn Minh")] {
            #expect(try Kiosk.run(["officers", "add", staff, "--name", name, "--config", kiosk.config], input: "135790\n").status == 0)
        }
        for _ in 0 ..< 3 { #expect(try Kiosk.run(["queue", "take", Self.passport, "--config", kiosk.config]).status == 0) }
        func counter(_ arguments: [String], input: String? = nil) throws -> Kiosk.Result {
            try Kiosk.run(["counter"] + arguments + ["--config", kiosk.config, "--lang", "en"], input: input)
        }
        let nobody = try counter(["call", "--counter", "14"])
        #expect(nobody.status != 0 && nobody.stderr.contains("No officer is signed in at this counter."), "\(nobody.stderr)")
        let wrong = try counter(["sign-in", "--counter", "14", "--staff", "CB-0123"], input: "000000\n")
        #expect(wrong.status != 0 && wrong.stderr.contains("Wrong PIN."), "\(wrong.stderr)")
        let signed = try counter(["sign-in", "--counter", "14", "--staff", "cb-0123"], input: "135790\n")
        #expect(signed.status == 0 && signed.stdout.contains("Nguyễn Thị Lan (CB-0123) is signed in at counter 14."), "\(signed.stdout)")
        let twice = try counter(["sign-in", "--counter", "15", "--staff", "CB-0123"], input: "135790\n")
        #expect(twice.status != 0 && twice.stderr.contains("signed in at counter 14: sign out there first"), "\(twice.stderr)")
        let taken = try counter(["sign-in", "--counter", "14", "--staff", "CB-0456"], input: "135790\n")
        #expect(taken.status != 0 && taken.stderr.contains("Officer CB-0123 is signed in at counter 14."), "\(taken.stderr)")

        var status = try json(try counter(["call", "--counter", "14", "--json"]))
        #expect((status["ticket"] as? [String: Any])?["number"] as? String == "K1")
        let busy = try counter(["call", "--counter", "14"])
        #expect(busy.status != 0 && busy.stderr.contains("K1 is still at the counter"), "\(busy.stderr)")
        #expect(try counter(["start", "--counter", "14"]).stdout.contains("K1: being served"))
        let notReceipt = try counter(["finish", "--counter", "14", "--receipt", "12345"])
        #expect(notReceipt.status != 0 && notReceipt.stderr.contains("Not a receipt number"), "\(notReceipt.stderr)")
        #expect(try counter(["hold", "--counter", "14"]).stdout.contains("On hold: K1"))
        #expect(try counter(["call", "--counter", "14"]).stdout.contains("K2: called"))
        let moved = try counter(["transfer", "Z", "--counter", "14"])
        #expect(moved.status != 0 && moved.stderr.contains("There is no queue Z."), "\(moved.stderr)")
        #expect(try counter(["absent", "--counter", "14"]).stdout.contains("K2: absent"))
        #expect(try counter(["take-back", "k1", "--counter", "14"]).stdout.contains("K1: being served"))
        status = try json(try counter(["finish", "--counter", "14", "--receipt", "000.00.01.H08-261203-0001", "--json"]))
        let ticket = try #require(status["ticket"] as? [String: Any])
        #expect(ticket["state"] as? String == "finished" && ticket["receipt"] as? String == "000.00.01.H08-261203-0001")
        #expect(try counter(["pause", "meeting", "--counter", "14"]).stdout.contains("Paused: meeting"))
        let paused = try counter(["call", "--counter", "14"])
        #expect(paused.status != 0 && paused.stderr.contains("The counter is paused"), "\(paused.stderr)")
        #expect(try counter(["resume", "--counter", "14"]).status == 0)
        let vi = try Kiosk.run(["counter", "status", "--counter", "14", "--config", kiosk.config])
        #expect(vi.stdout.contains("Quầy 14: Nguyễn Thị Lan (CB-0123)") && vi.stdout.contains("Hàng K: 1 người chờ · tiếp theo K3"),
                "\(vi.stdout)")
        #expect(try counter(["sign-out", "--counter", "14"]).stdout.contains("Nguyễn Thị Lan signed out of counter 14."))
        let noQueue = try counter(["status", "--counter", "99"])
        #expect(noQueue.status != 0 && noQueue.stderr.contains("Counter 99 serves no queue"), "\(noQueue.stderr)")
    }

    @Test("two officers' terminals in tmux: signed in, each calls a different ticket, the board shows both; Ctrl-C signs out")
    func twoTerminals() throws {
        let kiosk = try TemporaryKiosk(settings: [("printer", "device", "")])
        for (staff, name) in [("CB-0123", "Nguyễn Thị Lan"), ("CB-0456", "Trần Văn Minh")] {
            #expect(try Kiosk.run(["officers", "add", staff, "--name", name, "--config", kiosk.config], input: "135790\n").status == 0)
        }
        for _ in 0 ..< 3 { #expect(try Kiosk.run(["queue", "take", Self.passport, "--config", kiosk.config]).status == 0) }
        let lan = try TmuxKiosk(width: 100, height: 30, arguments: "counter --counter 14 --config \(kiosk.config)")
        let minh = try TmuxKiosk(width: 100, height: 30, arguments: "counter --counter 15 --config \(kiosk.config) --lang en")
        try lan.waitFor("Đăng nhập cán bộ")
        try minh.waitFor("Officer sign-in")
        lan.type("cb-0123")
        lan.press("Enter")
        lan.type("000000")
        lan.press("Enter")
        try lan.waitFor("Sai mã PIN.")
        lan.type("135790")
        lan.press("Enter")
        try lan.waitFor("Quầy 14 · Nguyễn Thị Lan (CB-0123)")
        try lan.waitFor("Hàng K: 3 người chờ")
        // The same officer at a second counter is refused there.
        minh.type("CB-0123")
        minh.press("Enter")
        minh.type("135790")
        minh.press("Enter")
        try minh.waitFor("signed in at counter 14: sign out there first")
        minh.press("Escape")
        minh.type("CB-0456")
        minh.press("Enter")
        minh.type("135790")
        minh.press("Enter")
        try minh.waitFor("Counter 15 · Trần Văn Minh (CB-0456)")
        lan.press("F1")
        minh.press("F1")
        let first = try lan.waitFor("· đã gọi").joined(separator: "\n")
        let second = try minh.waitFor("· called").joined(separator: "\n")
        let lanTicket = first.contains("K1 · đã gọi") ? "K1" : "K2"
        let minhTicket = lanTicket == "K1" ? "K2" : "K1"
        #expect(second.contains("\(minhTicket) · called"), "two counters, two tickets: \(first)\n\(second)")
        let board = try Kiosk.run(["counter", "status", "--counter", "15", "--json", "--config", kiosk.config])
        #expect(board.stdout.contains("\"number\" : \"\(minhTicket)\""), "\(board.stdout)")
        // A touch on a footer label does what its key does: finish, then nothing typed, Enter.
        try lan.click("Kết thúc")
        try lan.waitFor("Số hồ sơ đã tiếp nhận")
        lan.press("Enter")
        try lan.waitFor("\(lanTicket) · đã xong")
        lan.press("C-c")
        #expect(try lan.waitForExit() == 0)
        let after = try Kiosk.run(["counter", "status", "--counter", "14", "--config", kiosk.config, "--lang", "en"])
        #expect(after.stdout.contains("Counter 14: nobody signed in"), "leaving the terminal signs out: \(after.stdout)")
        minh.press("F10")
        try minh.waitFor("Officer sign-in")
        minh.press("C-c")
        #expect(try minh.waitForExit() == 0)
    }

    @Test("the citizen's side beside the officer's terminal on one machine: asked after each service, rated per officer")
    func citizenSide() throws {
        let kiosk = try TemporaryKiosk(settings: [("printer", "device", "")])
        #expect(try Kiosk.run(["officers", "add", "CB-0123", "--name", "Nguyễn Thị Lan", "--config", kiosk.config],
                              input: "135790\n").status == 0)
        for _ in 0 ..< 2 { #expect(try Kiosk.run(["queue", "take", Self.passport, "--config", kiosk.config]).status == 0) }
        let officer = try TmuxKiosk(width: 100, height: 30, arguments: "counter --counter 14 --config \(kiosk.config)")
        let facing = try TmuxKiosk(width: 40, height: 12, arguments: "counter --citizen --counter 14 --config \(kiosk.config)")
        try facing.waitFor("Quầy chưa mở.")
        officer.type("CB-0123")
        officer.press("Enter")
        officer.type("135790")
        officer.press("Enter")
        try officer.waitFor("Hàng K: 2 người chờ")
        try facing.waitFor("Nguyễn Thị Lan · CB-0123")
        // The first citizen: served, then asked, very satisfied.
        officer.press("F1")
        try facing.waitFor("Đang phục vụ số")
        officer.press("F5")
        try officer.waitFor("Số hồ sơ đã tiếp nhận")
        officer.type("000.00.01.H08-261203-0001")
        officer.press("Enter")
        try facing.waitFor("CHƯA HÀI LÒNG")
        try facing.click("RẤT HÀI LÒNG")
        try facing.waitFor("Cảm ơn Ông/Bà đã đánh giá!")
        // The second: not satisfied, and why, with one tap.
        try facing.waitFor("Mời Ông/Bà chờ gọi số.", seconds: 20)
        officer.press("F1")
        try officer.waitFor("K2 · đã gọi")
        officer.press("F5")
        try officer.waitFor("Số hồ sơ đã tiếp nhận")
        officer.press("Enter")
        try facing.waitFor("CHƯA HÀI LÒNG")
        try facing.click("CHƯA HÀI LÒNG")
        try facing.click("Chờ lâu")
        try facing.waitFor("Cảm ơn Ông/Bà đã đánh giá!")
        // Both kept, per officer: one of two satisfied.
        let deadline = Date().addingTimeInterval(15)
        var report = ""
        while Date() < deadline {
            report = try Kiosk.run(["ratings", "report", "--by", "officer", "--json", "--config", kiosk.config]).stdout
            if report.contains("\"ratings\" : 2") { break }
            usleep(200_000)
        }
        #expect(report.contains("\"key\" : \"CB-0123\"") && report.contains("\"ratings\" : 2"), "\(report)")
        #expect(report.contains("\"satisfied_percent\" : 50") && report.contains("\"top_complaint\" : \"long_wait\""), "\(report)")
        facing.press("C-c")
        officer.press("C-c")
        #expect(try facing.waitForExit() == 0 && officer.waitForExit() == 0)
    }
}
