import CaseTracking
import Foundation
import Testing
import TestSupport
import TOMLKit

/// The command line in a hall: the operator migrates a real server, the back office imports and changes cases
/// there, kiosk processes look up through it at once.
@Suite("Hall commands", .serialized)
struct HallCommandTests {
    /// A server with the deploy recipe's roles, an office and three kiosks sharing the hall's key file.
    final class Hall {
        let cluster = try! PostgresCluster()
        let folder = TestScratch.root + "hall-" + UUID().uuidString.prefix(8)
        var key: String { folder + "/second-factor.key" }

        init() throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let deploy = Kiosk.root.path + "/deploy/hall"
            try cluster.psql(file: deploy + "/roles.sql")
            try cluster.psql(file: deploy + "/add-office.sql", variables: ["name": "office", "password": "office-pass"])
            for name in ["kiosk_a", "kiosk_b", "kiosk_c"] {
                try cluster.psql(file: deploy + "/add-kiosk.sql", variables: ["name": name, "password": "\(name)-pass"])
            }
        }

        func password(_ user: String, _ password: String) throws -> String {
            let file = folder + "/\(user).password"
            try password.write(toFile: file, atomically: true, encoding: .utf8)
            return file
        }

        /// `kiosk database migrate` as the owner, with the owner's password from PGPASSFILE.
        func migrate(_ office: TemporaryKiosk, to version: Int? = nil) throws -> Kiosk.Result {
            let pgpass = folder + "/pgpass"
            try "127.0.0.1:\(cluster.port):kiosk:postgres:\(cluster.superPassword)\n"
                .write(toFile: pgpass, atomically: true, encoding: .utf8)
            return try Kiosk.run(["database", "migrate", "--config", office.config, "--lang", "en",
                                  "--url", cluster.url(user: "postgres")] + (version.map { ["--to", "\($0)"] } ?? []),
                                 environment: ["PGPASSFILE": pgpass])
        }

        func kiosk(_ user: String, password: String? = nil) throws -> TemporaryKiosk {
            try TemporaryKiosk(settings: [
                ("database", "url", cluster.url(user: user)),
                ("database", "password_file", try self.password(user, password ?? "\(user)-pass")),
                ("paths", "second_factor_key", key), ("kiosk", "id", user),
            ])
        }
    }

    @Test("migrate, import, look up from three kiosk processes at once, change a status, doctor")
    func hallEndToEnd() throws {
        let hall = try Hall()
        let office = try hall.kiosk("office", password: "office-pass")
        // A new server, before any migration: a command that needs the schema says in one line what to run.
        let early = try Kiosk.run(["cases", "seed", "--config", office.config, "--lang", "en"])
        #expect(early.status == 1)
        #expect(early.stderr.split(separator: "\n").count == 1, "\(early.stderr)")
        #expect(early.stderr.contains("run `kiosk database migrate`"), "\(early.stderr)")
        // A server left on an old schema: doctor says which, and what to run.
        let first = try hall.migrate(office, to: 1)
        #expect(first.status == 0 && first.stdout.contains("from version 0 to 1"), "\(first.stdout)\(first.stderr)")
        let old = try Kiosk.run(["doctor", "--config", office.config, "--lang", "en"])
        #expect(old.status != 0)
        #expect((old.stdout + old.stderr).contains("✘ the hall server's schema is version 1, this program needs 11: run `kiosk database migrate`"),
                "\(old.stdout)\(old.stderr)")
        let migrate = try hall.migrate(office)
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(migrate.stdout.contains("from version 1 to 11"), "\(migrate.stdout)")

        let seeded = try office.seed()
        #expect(seeded.count == 44, "the demo cases went to the server")
        let demo = try #require(seeded.values.first { $0.status == 4 })

        // Three kiosk processes at once, each failing once on the same number: the hall counts three.
        let kiosks = try ["kiosk_a", "kiosk_b", "kiosk_c"].map { try hall.kiosk($0) }
        let failures = ConcurrentRuns(kiosks.map { ["status", demo.receipt, "--id-last4", "0000", "--config", $0.config] })
        #expect(failures.allSatisfy { $0.status == 1 }, "\(failures.map(\.stderr))")
        // Counted under the number's keyed hash: the server never holds a number typed wrong.
        let key = try SecondFactorKeyFile.load(hall.key, create: false).guessKey(ReceiptNumber(parsing: demo.receipt)!)
        let count = try hall.cluster.psql("SELECT failures FROM receipt_guesses WHERE receipt_key = '\(key)'")
        #expect(count == "3")
        #expect(try hall.cluster.psql("SELECT count(*) FROM receipt_guesses WHERE receipt IS NOT NULL") == "0",
                "a count that is not a lock keeps no number")
        let found = ConcurrentRuns(kiosks.map { ["status", demo.receipt, "--id-last4", demo.last4, "--json", "--config", $0.config] })
        #expect(found.allSatisfy { $0.status == 0 && $0.stdout.contains("\"status_code\" : 4") }, "\(found.map(\.stderr))")

        // Queue numbers through the server: three kiosks at once get three numbers, a counter calls the first.
        let tickets = ConcurrentRuns(kiosks.map { ["queue", "take", "1.001456", "--json", "--no-print", "--config", $0.config] })
        let numbers = tickets.compactMap { $0.stdout.split(separator: "\"").drop { $0 != "number" }.dropFirst(2).first }
        #expect(Set(numbers) == ["K1", "K2", "K3"], "\(tickets.map { $0.stdout + $0.stderr })")
        let call = try Kiosk.run(["queue", "call", "14", "--config", office.config, "--lang", "en"])
        #expect(call.stdout.contains("Counter 14: calling K1"), "\(call.stdout)\(call.stderr)")
        #expect(try hall.cluster.psql("SELECT count(*) FROM queue_tickets WHERE called_at IS NULL") == "2")

        let set = try Kiosk.run(["cases", "set-status", demo.receipt, "9", "--config", office.config])
        #expect(set.status == 0, "\(set.stderr)")
        let after = try Kiosk.run(["status", demo.receipt, "--id-last4", demo.last4, "--json", "--config", kiosks[1].config])
        #expect(after.stdout.contains("\"status_code\" : 9"), "the back office's change, at once: \(after.stdout)")

        let kioskRole = try Kiosk.run(["cases", "set-status", demo.receipt, "2", "--config", kiosks[0].config])
        #expect(kioskRole.status == 1, "a kiosk's role may not change a case")
        #expect(kioskRole.stderr.contains("permission denied"), "\(kioskRole.stderr)")

        // Demo ratings go to the server through the office's functions; a kiosk may not clear them.
        let seedRatings = try Kiosk.run(["ratings", "seed-demo", "--config", office.config, "--lang", "en"])
        #expect(seedRatings.status == 0 && seedRatings.stdout.contains("Added 1080 demo ratings"), "\(seedRatings.stdout)\(seedRatings.stderr)")
        #expect(try hall.cluster.psql("SELECT count(*) FROM ratings WHERE is_demo") == "1080")
        let reported = try Kiosk.run(["ratings", "report", "--from", "2000-01-01", "--json", "--config", kiosks[2].config])
        #expect(reported.status == 0 && reported.stdout.contains("\"ratings\" : 1080"),
                "a kiosk's report covers the hall: \(reported.stdout)")
        #expect(reported.stdout.contains("\"includes_demo\" : true"))
        let kioskClears = try Kiosk.run(["ratings", "clear-demo", "--config", kiosks[0].config, "--lang", "en"])
        #expect(kioskClears.status == 1 && kioskClears.stderr.contains("permission denied"), "\(kioskClears.stderr)")
        let cleared = try Kiosk.run(["ratings", "clear-demo", "--config", office.config, "--lang", "en"])
        #expect(cleared.stdout.contains("Removed 1080 demo ratings"), "\(cleared.stdout)\(cleared.stderr)")
        #expect(try hall.cluster.psql("SELECT count(*) FROM ratings") == "0")

        let doctor = try Kiosk.run(["doctor", "--config", kiosks[0].config, "--lang", "en"])
        #expect(doctor.stdout.contains("✔ Logged in to the hall server") || doctor.stderr.contains("✔ Logged in to the hall server"),
                "\(doctor.stdout)\(doctor.stderr)")
        let wrong = try hall.kiosk("kiosk_b", password: "not-it")
        let refused = try Kiosk.run(["doctor", "--config", wrong.config, "--lang", "en"])
        #expect((refused.stdout + refused.stderr).contains("wrong user or password"), "\(refused.stdout)\(refused.stderr)")
    }
}

extension HallCommandTests {
    @Test("the kiosk on a hall server: it reports to the fleet, and answers from its copy when the server stops")
    func kioskThroughAnOutage() throws {
        let hall = try Hall()
        let office = try hall.kiosk("office", password: "office-pass")
        let migrate = try hall.migrate(office)
        #expect(migrate.status == 0, "\(migrate.stderr)")
        let demo = try #require(try office.seed()["processing-passport"])
        let setup = try hall.kiosk("kiosk_a")
        let kiosk = try TmuxKiosk.atHome(width: 100, height: 30, setup: setup, english: true)

        // The kiosk reports itself within its first sync round.
        var listed = ""
        let end = Date().addingTimeInterval(30)
        while Date() < end {
            listed = try Kiosk.run(["fleet", "status", "--json", "--config", office.config]).stdout
            if listed.contains("\"kiosk\":\"kiosk_a\"") { break }
            usleep(200_000)
        }
        #expect(listed.contains("\"kiosk\":\"kiosk_a\"") && listed.contains("\"outbox\":0"), "\(listed)")

        // Live through the server first, which also fills the copy; then the server goes away.
        try kiosk.enterReceipt(demo.receipt, english: true)
        kiosk.type(demo.last4 + "\r")
        try kiosk.waitFor("BEING PROCESSED")
        #expect(!kiosk.capture().joined().contains("As of"))
        try hall.cluster.stop()
        kiosk.press("Escape")
        try kiosk.enterReceipt(demo.receipt, english: true)
        kiosk.type(demo.last4 + "\r")
        try kiosk.waitFor("As of", seconds: 30)
        try kiosk.waitFor("BEING PROCESSED")
        // Back: the kiosk reaches the server by itself and reports an empty outbox again.
        try hall.cluster.start()
        kiosk.press("Escape")
        try kiosk.enterReceipt(demo.receipt, english: true)
        let again = Date().addingTimeInterval(30)
        var live = false
        while Date() < again && !live {
            kiosk.type(demo.last4 + "\r")
            let screen = try kiosk.waitFor("BEING PROCESSED", seconds: 30).joined()
            live = !screen.contains("As of")
            if !live {
                usleep(500_000)
                kiosk.press("Escape")
                try kiosk.enterReceipt(demo.receipt, english: true)
            }
        }
        #expect(live, "look-ups go to the server again once it is back")
    }
}

/// Runs the kiosk binary once per argument list, all at once; their results in the same order.
func ConcurrentRuns(_ runs: [[String]]) -> [Kiosk.Result] {
    final class Results: @unchecked Sendable {
        let lock = NSLock()
        var items: [Int: Kiosk.Result] = [:]
    }
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: runs.count) { index in
        let result = (try? Kiosk.run(runs[index])) ?? Kiosk.Result(status: -1, stdout: "", stderr: "did not start")
        results.lock.withLock { results.items[index] = result }
    }
    return runs.indices.map { results.items[$0]! }
}

extension HallCommandTests {
    /// The hall's fault an operator meets most: the server away while citizens rate, and a kiosk killed (a
    /// power cut) before it could send. `fleet status` says so at once from the kiosk's own files; the ratings
    /// reach the server exactly once after both come back; the fleet shows the real catalog and the outage.
    @Test("a kiosk killed with ratings in its outbox sends each once after; fleet status tells the hall's state")
    func killedKioskAndFleetStatus() throws {
        let hall = try Hall()
        let office = try hall.kiosk("office", password: "office-pass")
        #expect(try hall.migrate(office).status == 0)
        _ = try office.seed()
        let setup = try hall.kiosk("kiosk_a")
        let validate = try Kiosk.run(["validate", "--config", setup.config, "--lang", "en"])
        let version = try #require(validate.stdout.split(separator: "\n")
            .first { $0.hasPrefix("Catalog version: ") }?.dropFirst("Catalog version: ".count).prefix(12))
        var kiosk = try TmuxKiosk.atHome(width: 100, height: 30, setup: setup, english: true)
        let listed = try fleet(office, until: { $0.contains("kiosk_a  reachable") })
        #expect(listed.contains("catalog \(version) ("), "the kiosk's catalog as validate names it: \(listed)")
        #expect(listed.contains("1 kiosk(s): 1 reachable, 0 away; 1 catalog version(s)."), "\(listed)")

        try hall.cluster.stop()
        // Two citizens rate: the first in English; the second meets the default language once the first's
        // thanks screen has gone home by itself.
        try kiosk.click("Rate our service")
        try kiosk.click("Quick rating (without the slip)")
        try kiosk.click("Very satisfied")
        try kiosk.click("Send the rating without an agency")
        try kiosk.waitFor("Thank you for your rating!")
        try kiosk.waitFor("Xin chào", seconds: 30)
        try kiosk.click("Đánh giá sự hài lòng")
        try kiosk.click("Đánh giá nhanh (không có giấy)")
        try kiosk.click("Hài lòng")
        try kiosk.click("Gửi đánh giá không kèm cơ quan")
        try kiosk.waitFor("Cảm ơn quý khách đã đánh giá!")
        // The server away: the kiosk's own files answer, in the operator's language, without a long wait.
        let started = Date()
        let away = try Kiosk.run(["fleet", "status", "--config", setup.config, "--lang", "en"])
        #expect(Date().timeIntervalSince(started) < 10, "answered within the command's deadline, not the pool's")
        #expect(away.status == 1 && away.stderr.contains("Hall server postgresql://kiosk_a@127.0.0.1:\(hall.cluster.port)/kiosk"), "\(away.stderr)")
        #expect(away.stderr.contains("away: cannot reach the hall server"), "\(away.stderr)")
        #expect(away.stdout.contains("kiosk_a (this machine)") && away.stdout.contains("cut off from the hall server since"),
                "\(away.stdout)")
        #expect(away.stdout.contains("outbox: 2 (now)"), "both ratings wait: \(away.stdout)")
        #expect(away.stdout.contains("The hall's kiosks as the server listed them at"), "\(away.stdout)")
        let awayJSON = try Kiosk.run(["fleet", "status", "--json", "--config", setup.config, "--lang", "en"])
        let own = try #require(awayJSON.stdout.split(separator: "\n").first.map(String.init))
        #expect(own.contains("\"source\":\"this machine\"") && own.contains("\"state\":\"away\"")
                && own.contains("\"outbox\":2"), "\(awayJSON.stdout)")
        let awayVi = try Kiosk.run(["fleet", "status", "--config", setup.config, "--lang", "vi"])
        #expect(awayVi.stderr.contains("không trả lời: không kết nối được máy chủ sảnh"), "\(awayVi.stderr)")
        #expect(awayVi.stdout.contains("hộp chờ gửi: 2 (bây giờ)") && !awayVi.stdout.contains("outbox"), "\(awayVi.stdout)")

        let doctor = try Kiosk.run(["doctor", "--config", setup.config, "--lang", "en"])
        #expect((doctor.stdout + doctor.stderr).contains("The kiosk on this machine recorded the hall server away since"),
                "\(doctor.stdout)\(doctor.stderr)")

        // A power cut at the kiosk; the server comes back; so does the kiosk.
        kill(try kiosk.pid(), SIGKILL)
        _ = try kiosk.waitForExit()
        try hall.cluster.start()
        kiosk = try TmuxKiosk.atHome(width: 100, height: 30, setup: setup, english: true)
        let end = Date().addingTimeInterval(30)
        var count = ""
        while Date() < end, count != "2" {
            count = try hall.cluster.psql("SELECT count(*) FROM ratings")
            usleep(200_000)
        }
        #expect(count == "2", "each rating given during the outage reached the server")
        let back = try fleet(office, until: { $0.contains("last problem since") && $0.contains("outbox: 0") })
        #expect(back.contains("kiosk_a  reachable") && back.contains("cannot reach the hall server"), "\(back)")
        let backVi = try Kiosk.run(["fleet", "status", "--config", office.config, "--lang", "vi"]).stdout
        #expect(backVi.contains("kiosk_a  liên lạc được") && backVi.contains("sự cố gần nhất từ"), "\(backVi)")
        #expect(backVi.contains("1 máy: 1 liên lạc được, 0 mất liên lạc; 1 phiên bản danh mục."), "\(backVi)")
        kill(try kiosk.pid(), SIGTERM)
        _ = try kiosk.waitForExit()
        #expect(try hall.cluster.psql("SELECT count(*) FROM ratings") == "2", "and no rating twice")
        // The operator's log: the link's change once each way (the first process saw it go, the second come
        // back); the driver's own lines never on the terminal's standard error.
        let log = try String(contentsOfFile: setup.folder + "/kiosk.log", encoding: .utf8)
        #expect(log.components(separatedBy: "\"hall server away").count - 1 == 1, "\(log)")
        #expect(log.components(separatedBy: "\"hall server reached again").count - 1 == 1, "\(log)")
        #expect(log.contains("\"the previous run ended without stopping: killed or a power cut\""), "\(log)")
        let stderr = (try? String(contentsOfFile: setup.folder + "/kiosk.stderr", encoding: .utf8)) ?? ""
        #expect(!stderr.contains("PostgresNIO") && !stderr.contains("Connection"), "\(stderr)")
    }

    /// `fleet status` in English until its output satisfies `done` (the kiosk reports every half minute).
    private func fleet(_ office: TemporaryKiosk, until done: (String) -> Bool) throws -> String {
        var listed = ""
        let end = Date().addingTimeInterval(45)
        while Date() < end {
            listed = try Kiosk.run(["fleet", "status", "--config", office.config, "--lang", "en"]).stdout
            if done(listed) { break }
            usleep(300_000)
        }
        return listed
    }

    @Test("two counters through the hall server, both sides each, the server stopped and restarted in the middle")
    func countersThroughTheServer() throws {
        let hall = try Hall()
        let office = try hall.kiosk("office", password: "office-pass")
        #expect(try hall.migrate(office).status == 0)
        for (staff, name) in [("CB-0123", "Nguyễn Thị Lan"), ("CB-0456", "Trần Văn Minh")] {
            #expect(try Kiosk.run(["officers", "add", staff, "--name", name, "--config", office.config], input: "135790\n").status == 0)
        }
        // Counter 14's two sides on kiosk_a's and kiosk_b's roles, counter 15's on kiosk_c's; a kiosk issues tickets.
        let (a, b, c) = (try hall.kiosk("kiosk_a"), try hall.kiosk("kiosk_b"), try hall.kiosk("kiosk_c"))
        for _ in 0 ..< 4 { #expect(try Kiosk.run(["queue", "take", "1.001456", "--config", a.config]).status == 0) }
        let lan = try TmuxKiosk(width: 100, height: 30, arguments: "counter --counter 14 --config \(a.config)")
        let facingLan = try TmuxKiosk(width: 40, height: 12, arguments: "counter --citizen --counter 14 --config \(b.config)")
        let minh = try TmuxKiosk(width: 100, height: 30, arguments: "counter --counter 15 --config \(c.config)")
        let facingMinh = try TmuxKiosk(width: 40, height: 12, arguments: "counter --citizen --counter 15 --config \(b.config)")
        for (terminal, staff) in [(lan, "CB-0123"), (minh, "CB-0456")] {
            try terminal.waitFor("Đăng nhập cán bộ")
            terminal.type(staff)
            terminal.press("Enter")
            terminal.type("135790")
            terminal.press("Enter")
        }
        try lan.waitFor("Hàng K: 4 người chờ")
        try minh.waitFor("Quầy 15 · Trần Văn Minh (CB-0456)")
        try facingLan.waitFor("Nguyễn Thị Lan · CB-0123")
        lan.press("F1")
        minh.press("F1")
        try lan.waitFor("· đã gọi")
        try minh.waitFor("· đã gọi")
        let called = try hall.cluster.psql("SELECT string_agg(prefix || number, ',' ORDER BY counter) FROM queue_tickets WHERE state = 'called'")
        #expect(called == "K1,K2" || called == "K2,K1", "two counters, two tickets: \(called)")
        // Counter 14 serves and is rated while the server answers.
        lan.press("F5")
        try lan.waitFor("Số hồ sơ đã tiếp nhận")
        lan.press("Enter")
        try facingLan.waitFor("CHƯA HÀI LÒNG")
        try facingLan.click("RẤT HÀI LÒNG")
        try facingLan.waitFor("Cảm ơn Ông/Bà đã đánh giá!")
        try waitForRatings(hall, count: "1", seconds: 60)
        // Counter 15 finishes; its citizen's side asks; then the server stops before the answer.
        minh.press("F5")
        try minh.waitFor("Số hồ sơ đã tiếp nhận")
        minh.press("Enter")
        try facingMinh.waitFor("CHƯA HÀI LÒNG")
        try hall.cluster.stop()
        try facingMinh.click("CHƯA HÀI LÒNG")
        try facingMinh.click("Chờ lâu")
        try facingMinh.waitFor("Cảm ơn Ông/Bà đã đánh giá!")
        // The officer's terminal says at once that the server is away, and no call is pretended.
        lan.press("F1")
        let away = try lan.waitFor("Mất kết nối kho số thứ tự").joined(separator: "\n")
        #expect(away.contains("· đã xong"), "the ticket stays as it was: \(away)")
        #expect(!away.contains("K3 · đã gọi") && !away.contains("K4 · đã gọi"), "\(away)")
        // Back: the rating kept in the outbox is sent exactly once; the counter calls again.
        try hall.cluster.start()
        try waitForRatings(hall, count: "2", seconds: 60)
        let why = try hall.cluster.psql("SELECT body FROM ratings WHERE kind = 'counter' AND NOT satisfied")
        #expect(why.contains("\"officer\":\"CB-0456\"") && why.contains("long_wait") && why.contains("\"counter\":\"15\""), "\(why)")
        lan.press("F1")
        try lan.waitFor("· đã gọi", seconds: 30)
        // A rating's id is made from its service: sent again, it could not be counted twice.
        #expect(try hall.cluster.psql("SELECT count(*) FROM ratings") == "2", "exactly once")
        for terminal in [lan, facingLan, minh, facingMinh] { terminal.press("C-c") }
        for terminal in [lan, facingLan, minh, facingMinh] { #expect(try terminal.waitForExit() == 0) }
        #expect(try hall.cluster.psql("SELECT count(*) FROM counter_sessions") == "0", "leaving the terminals signed out")
    }

    private func waitForRatings(_ hall: Hall, count: String, seconds: Double = 20) throws {
        let end = Date().addingTimeInterval(seconds)
        var found = ""
        while Date() < end {
            found = (try? hall.cluster.psql("SELECT count(*) FROM ratings")) ?? ""
            if found == count { return }
            usleep(200_000)
        }
        Issue.record("ratings on the server: \(found), expected \(count)")
    }
}
