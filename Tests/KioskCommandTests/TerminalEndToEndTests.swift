import Foundation
import Testing

/// The built kiosk in a real terminal (tmux with TERM=xterm-256color, LC_ALL=C.UTF-8): what a citizen does,
/// checked on the screen a citizen sees.
@Suite("The kiosk in a terminal", .serialized)
struct TerminalEndToEndTests {
    @Test("a search typed without diacritics opens the procedure")
    func searchAndOpen() throws {
        let kiosk = try TmuxKiosk(width: 80, height: 24)
        try kiosk.waitFor("Xin chào! Quý khách cần tìm thủ tục gì?")
        kiosk.type("dang ky ket hon")
        try kiosk.waitFor("│ dang ky ket hon")
        try kiosk.waitFor("    Đăng ký kết hôn")
        kiosk.press("Enter")
        try kiosk.waitFor("Mã thủ tục: 1.000894.000.00.00.H08")
        kiosk.press("Escape")
        try kiosk.waitFor("    Đăng ký kết hôn")
    }

    @Test("Vietnamese typed with diacritics reaches the search whole (get_wch), and the wheel scrolls")
    func vietnameseAndWheel() throws {
        let kiosk = try TmuxKiosk.atHome()
        kiosk.type("hộ chiếu")
        try kiosk.waitFor("│ hộ chiếu")
        try kiosk.waitFor("    Cấp hộ chiếu phổ thông ở trong nước")
        kiosk.press("Enter")
        try kiosk.waitFor("Mã thủ tục: 1.001456.000.00.00.H08")
        for _ in 0 ..< 3 { kiosk.type("\u{1B}[<65;20;10M") }  // wheel down, 3 lines a notch
        try kiosk.waitUntil("the text scrolled by 9 lines") { screen in
            !screen.contains { $0.contains("Mã thủ tục: 1.001456") } && screen.contains { $0.contains("%") }
        }
    }

    @Test("without colours (NO_COLOR) the screen uses attributes only")
    func monochrome() throws {
        let kiosk = try TmuxKiosk.atHome(environment: "NO_COLOR=1")
        let styled = kiosk.captureWithAttributes()
        #expect(styled.contains("\u{1B}[7m"), "reverse video marks the buttons")
        let colour = try Regex("\u{1B}\\[[0-9;]*(3[0-7]|4[0-7]|38;|48;)[0-9;]*m")
        #expect(styled.firstMatch(of: colour) == nil)
        let coloured = try TmuxKiosk.atHome()
        let colouredScreen = coloured.captureWithAttributes()
        #expect(colouredScreen.firstMatch(of: colour) != nil, "\(colouredScreen.debugDescription.prefix(300))")
    }

    @Test("a button and a list row answer to clicks (SGR mouse)")
    func clicks() throws {
        let kiosk = try TmuxKiosk(width: 80, height: 24)
        try kiosk.click("Tra cứu theo lĩnh vực")
        try kiosk.waitFor("Đổi mục")
        // Over a hundred fields: a click on the letter, then the name's next letters typed, bring it on screen.
        try kiosk.click("│ H │")
        kiosk.type("otich")
        try kiosk.waitFor("Hộ tịch")
        try kiosk.click("Hộ tịch")
        try kiosk.waitFor("41 thủ tục")
        try kiosk.click("Đăng ký kết hôn")
        try kiosk.waitFor("Mã thủ tục: 1.000894.000.00.00.H08")
        try kiosk.click("⌂ Trang chủ")
        try kiosk.waitFor("Tra cứu theo cơ quan")
    }

    @Test("resizing to 40x12, 200x60, too small and back keeps the place")
    func resizes() throws {
        let kiosk = try TmuxKiosk.atHome()
        kiosk.type("ho chieu")
        try kiosk.waitFor("Cấp hộ chiếu phổ thông")
        kiosk.press("Enter")
        try kiosk.waitFor("Mã thủ tục: 1.001456.000.00.00.H08")
        kiosk.resize(width: 40, height: 12)
        try kiosk.waitUntil("the compact procedure screen") { screen in
            screen.count <= 13 && screen.contains { $0.contains("Cấp hộ chiếu phổ thông ở trong") }
                && screen.contains { $0.contains("← Quay lại") } && !screen.contains { $0.contains("┌") }
        }
        kiosk.resize(width: 30, height: 10)
        try kiosk.waitFor("Please enlarge the window")
        kiosk.resize(width: 200, height: 60)
        try kiosk.waitUntil("the wide procedure screen") { screen in
            screen.contains { $0.contains("Mã thủ tục: 1.001456.000.00.00.H08") }
                && screen.contains { $0.contains("■ Căn cứ pháp lý") }
        }
        kiosk.resize(width: 80, height: 24)
        try kiosk.waitUntil("the procedure at 80x24") { screen in
            screen.contains { $0.contains("Mã thủ tục: 1.001456.000.00.00.H08") }
                && screen.contains { $0.contains("┌") } && !screen.contains { $0.contains("■ Căn cứ pháp lý") }
        }
    }

    @Test("the staff exit chord ends the kiosk and restores the terminal's settings")
    func staffExit() throws {
        let setup = try TemporaryKiosk()
        let demo = try setup.seed()["processing-passport"]!
        let kiosk = try TmuxKiosk.atHome(setup: setup)
        kiosk.press("C-c", "C-z", "C-\\")  // raw mode: no signal ends or stops the kiosk
        // A look-up with wrong digits and a search that finds nothing: both counted, neither logged personally.
        try kiosk.enterReceipt(demo.receipt)
        kiosk.type("0000")
        kiosk.press("Enter")
        try kiosk.waitFor("Không tìm thấy hồ sơ")
        kiosk.press("F1")
        kiosk.type("xyzzy qwv")
        try kiosk.waitFor("Không tìm thấy thủ tục nào")
        kiosk.press("Escape")
        kiosk.type("x")
        try kiosk.waitFor("│ x")
        kiosk.press("C-x", "C-q")
        try kiosk.waitFor("Nhập mã PIN của nhân viên")
        kiosk.type("1234")
        kiosk.press("Enter")
        try kiosk.waitFor("Mã PIN không đúng.")
        kiosk.type("2468")
        kiosk.press("Enter")
        try kiosk.click("Đóng chương trình")
        #expect(try kiosk.waitForExit() == 0)
        #expect(!kiosk.file("before").isEmpty)
        #expect(kiosk.file("after") == kiosk.file("before"))
        #expect(kiosk.file("stderr").isEmpty)
        let log = (try? String(contentsOfFile: setup.folder + "/kiosk.log", encoding: .utf8)) ?? ""
        #expect(log.contains("\"message\":\"start\""))
        #expect(log.contains("\"reason\":\"staff exit\""))
        #expect(log.contains("\"xyzzy qwv\":\"1\""), "the search without a result is counted: \(log)")
        #expect(log.contains("\"not_found\":\"1\""))
        #expect(!log.contains(demo.receipt), "no receipt number in full in the log")
    }

    @Test("under foot's terminfo (the touch set-up: cage and foot) a touch's SGR report opens what it touches")
    func touchUnderFoot() throws {
        let kiosk = try TmuxKiosk.atHome(environment: "TERM=foot")
        try kiosk.click("Tra cứu theo lĩnh vực")
        try kiosk.waitFor("Tra cứu thủ tục")
        // A letter button, then the field it brought up: the list of that field (no tabs above it).
        try kiosk.click("│ H │")
        try kiosk.click("Hạ tầng kỹ thuật")
        try kiosk.waitUntil("the field's list") { screen in
            screen.contains { $0.contains("Hạ tầng kỹ thuật") } && !screen.contains { $0.contains("Đổi mục") }
        }
    }

    @Test("SIGTERM ends the kiosk with the terminal's settings restored")
    func terminate() throws {
        let kiosk = try TmuxKiosk.atHome()
        kill(try kiosk.pid(), SIGTERM)
        let status = try kiosk.waitForExit()
        #expect(status == 128 + SIGTERM, "\(kiosk.file("stderr"))")
        #expect(kiosk.file("after") == kiosk.file("before"))
        try kiosk.waitUntil("the shell's screen back") { screen in !screen.contains { $0.contains("Xin chào") } }
    }

    @Test("under a non-UTF-8 locale the kiosk falls back to C.UTF-8 and Vietnamese shows whole")
    func localeFallback() throws {
        let kiosk = try TmuxKiosk(width: 80, height: 24, environment: "LC_ALL=C LANG=C")
        try kiosk.waitFor("Xin chào! Quý khách cần tìm thủ tục gì?")
        kiosk.type("hộ chiếu")
        try kiosk.waitFor("│ hộ chiếu")
    }

    @Test("when the terminal goes away (tmux killed) the kiosk ends within 2 seconds")
    func hangUp() throws {
        let kiosk = try TmuxKiosk.atHome()
        let pid = try kiosk.pid()
        kiosk.tmux("kill-server")
        let deadline = Date().addingTimeInterval(2)
        while kill(pid, 0) == 0, Date() < deadline { usleep(20_000) }
        #expect(kill(pid, 0) != 0, "the kiosk still runs 2 s after its terminal went away")
    }

    /// No process can log its own SIGKILL, and a crash's handler may not use the log's writer: the next start
    /// logs how the last run ended, so that every ending is in the log.
    @Test("a crash (SIGSEGV) or a kill (SIGKILL): the next start logs how the last run ended")
    func endingsTheRunCouldNotLog() throws {
        let setup = try TemporaryKiosk()
        let pidFile = setup.folder + "/kiosk.pid"
        // As the deploy units run it: the runtime's backtrace written, no prompt waiting on the public screen.
        var kiosk = try TmuxKiosk.atHome(setup: setup, environment: "SWIFT_BACKTRACE=interactive=no")
        kill(try kiosk.pid(), SIGSEGV)
        #expect(try kiosk.waitForExit(seconds: 60) == 128 + SIGSEGV, "it dies of the signal, not lives on after the backtrace")
        #expect(kiosk.file("before") == kiosk.file("after"), "the terminal given back as it was")
        #expect(!FileManager.default.fileExists(atPath: pidFile), "a crash removes the pid file")
        #expect((try? String(contentsOfFile: pidFile + ".crash", encoding: .utf8)) == "signal 11\n")
        kiosk = try TmuxKiosk.atHome(setup: setup)
        try expectLogged("\"the previous run crashed\"", times: 1, in: setup)
        #expect(try logLines(setup).contains { $0.contains("\"the previous run crashed\"") && $0.contains("\"signal\":\"11\"") })
        #expect(!FileManager.default.fileExists(atPath: pidFile + ".crash"), "said once")
        let killed = try kiosk.pid()
        kill(killed, SIGKILL)
        _ = try kiosk.waitForExit()
        kiosk = try TmuxKiosk.atHome(setup: setup)
        try expectLogged("\"the previous run ended without stopping", times: 1, in: setup)
        #expect(try logLines(setup).contains { $0.contains("without stopping") && $0.contains("\"pid\":\"\(killed)\"") })
        kill(try kiosk.pid(), SIGTERM)
        _ = try kiosk.waitForExit()
        try expectLogged("\"stop\"", times: 1, in: setup)
        #expect(try logLines(setup).filter { $0.contains("\"the previous run") }.count == 2, "a clean stop leaves nothing to say")
    }

    private func logLines(_ setup: TemporaryKiosk) throws -> [String] {
        try String(contentsOfFile: setup.folder + "/kiosk.log", encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// Waits (with a deadline) until the log holds `text` `times` times.
    private func expectLogged(_ text: String, times: Int, in setup: TemporaryKiosk) throws {
        let end = Date().addingTimeInterval(15)
        var found = 0
        while Date() < end {
            found = ((try? logLines(setup)) ?? []).filter { $0.contains(text) }.count
            if found >= times { break }
            usleep(100_000)
        }
        #expect(found == times, "\(text): \(found) in \((try? logLines(setup)) ?? [])")
    }

    @Test("a case looked up by touch alone on the keypad; a status changed by another process shows next time")
    func keypadByClicks() throws {
        let setup = try TemporaryKiosk()
        let demo = try setup.seed()["processing-passport"]!
        let kiosk = try TmuxKiosk(width: 80, height: 24, arguments: "--config \(setup.config)")
        try kiosk.click("Tra cứu hồ sơ đã nộp")
        try kiosk.tapReceipt(demo.receipt, digits: demo.last4)
        try kiosk.waitFor("ĐANG XỬ LÝ")
        try kiosk.waitFor("Người nộp: Trương N*** Á**")
        let change = try Kiosk.run(["cases", "set-status", demo.receipt, "9", "--config", setup.config])
        #expect(change.status == 0, "\(change.stderr)")
        try kiosk.click("← Quay lại")
        try kiosk.tapDigits(demo.last4)
        try kiosk.waitFor("ĐÃ CÓ KẾT QUẢ, MỜI NHẬN")
    }

    @Test("a scanner burst on a procedure screen jumps to the look-up with the number filled in")
    func scannerBurst() throws {
        let setup = try TemporaryKiosk()
        let demo = try setup.seed()["documents-needed-land"]!
        let kiosk = try TmuxKiosk.atHome(setup: setup)
        kiosk.type("ho chieu")
        try kiosk.waitFor("Cấp hộ chiếu phổ thông")
        kiosk.press("Enter")
        try kiosk.waitFor("Mã thủ tục: 1.001456.000.00.00.H08")
        kiosk.type("\(demo.receipt)\r")  // what a scanner sends: the characters and Enter, at once
        try kiosk.waitFor("Số hồ sơ: \(demo.receipt)")
        kiosk.type(demo.last4)
        kiosk.press("Enter")
        try kiosk.waitFor("CẦN BỔ SUNG GIẤY TỜ")
        try kiosk.waitFor("Giấy xác nhận của Công an cấp xã")
    }
}
