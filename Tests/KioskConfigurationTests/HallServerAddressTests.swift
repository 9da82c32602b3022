import Foundation
import KioskConfiguration
import Testing

@Suite struct HallServerAddressTests {
    @Test func aFullURLIsReadWithItsTLSMode() throws {
        let address = try HallServerAddress.parse("postgresql://kiosk_01@db.hall.lan:6432/kiosk?sslmode=require").get()
        #expect(address == HallServerAddress(user: "kiosk_01", host: "db.hall.lan", port: 6432, database: "kiosk",
                                             tls: .require))
        #expect(try HallServerAddress.parse("postgres://k@[::1]/kiosk").get().host == "::1")
        #expect(try HallServerAddress.parse("postgresql://k@h/kiosk").get().port == 5432)
        #expect(try HallServerAddress.parse("postgresql://k@h/kiosk").get().tls == .prefer)
    }

    @Test func whatItWouldHaveToGuessAtIsRefused() {
        let cases: [(String, HallServerAddress.Problem)] = [
            ("mysql://k@h/kiosk", .notPostgres),
            ("postgresql://k:secret@h/kiosk", .passwordInURL),
            ("postgresql://h/kiosk", .noUser),
            ("postgresql://k@h", .noDatabase),
            ("postgresql://k@h:99999/kiosk", .badPort("99999")),
            ("postgresql://k@h/kiosk?sslmode=verify-full", .badTLS("verify-full")),
            ("postgresql://k@h/kiosk?password=x", .unknownParameter("password")),
        ]
        for (text, problem) in cases {
            #expect(throws: problem, "\(text)") { try HallServerAddress.parse(text).get() }
        }
    }

    @Test func aPasswordTypedIntoTheURLIsNotRepeatedInTheMessage() throws {
        let text = """
            [database]
            url = "postgresql://kiosk:hunter22@db/kiosk"
            """
        do {
            _ = try KioskConfig.parse(text, file: "kiosk.conf", baseFolder: ".")
            Issue.record("a password in the URL was accepted")
        } catch {
            let message = error.problems.map { $0.message(in: .en) }.joined()
            #expect(!message.contains("hunter22"))
            #expect(message.contains("database.url"))
            #expect(message.contains("kiosk.conf:2"))
            let vi = error.problems.map { $0.message(in: .vi) }.joined()
            #expect(vi.contains("không có mật khẩu trong địa chỉ"))
        }
    }

    @Test func theDatabaseSectionIsRead() throws {
        let config = try KioskConfig.parse("""
            [database]
            url = "postgresql://kiosk@db:5432/kiosk?sslmode=disable"
            password_file = "secrets/db.password"
            lookup_deadline_ms = 1500
            """, file: "/etc/kiosk/kiosk.conf", baseFolder: "/etc/kiosk")
        #expect(config.hallServer?.host == "db")
        #expect(config.hallPasswordFile == "/etc/kiosk/secrets/db.password")
        #expect(config.hallLookupDeadline == 1.5)
        #expect(config.hallCopyPath == "/etc/kiosk/var/hall-copy.sqlite")
        #expect(config.hallOutboxPath == "/etc/kiosk/var/hall-outbox.sqlite")
    }
}
