import Foundation
import KioskConfiguration
import Testing
import TestSupport
@testable import KioskPrinting

@Suite struct PrinterTests {
    let settings = PrinterSettings(device: .file(path: "/dev/null"), paperMillimetres: 58, codePage: .wpc1258)

    @Test func vietnameseTextComesBackFromTheCodePage() throws {
        var printout = Printout()
        printout.text("Đăng ký khai sinh — Ủy ban nhân dân xã", .heading)
        printout.text("Số thứ tự", PrintStyle(centred: true, large: true))
        let bytes = ESCPOSEncoder(settings).encode(printout)
        let listing = try ESCPOSDecoder(columns: 32).decode(bytes)
        #expect(listing == [
            "[initialize]", "[code table 52]",
            "cb- |Đăng ký khai sinh — Ủy ban nhân",
            "cb- |dân xã",
            "c-L |Số thứ tự",
            "[feed 3]", "[cut]",
        ])
        // Windows-1258 bytes, as the printer's table holds them: Đ is 0xD0, "ă" 0xE3, "ý" is y + combining acute.
        #expect(bytes.starts(with: ESCPOS.initialize + [0x1B, 0x74, 52]))
        #expect(bytes.firstRange(of: [0xD0, 0xE3, 0x6E, 0x67]) != nil)
    }

    @Test func asciiPageDropsTheMarksButKeepsTheLetters() throws {
        var ascii = settings
        ascii.codePage = .ascii
        var printout = Printout()
        printout.text("Đăng ký kết hôn")
        let listing = try ESCPOSDecoder(columns: 32).decode(ESCPOSEncoder(ascii).encode(printout))
        #expect(listing.contains("--- |Dang ky ket hon"))
        #expect(listing[1] == "[code table 0]")
    }

    @Test func wrappingKeepsWordsWholeAndIndentsContinuations() {
        #expect(PrintWrap.lines("• Tờ khai đăng ký khai sinh theo mẫu", width: 16, indent: 2)
            == ["• Tờ khai đăng", "  ký khai sinh", "  theo mẫu"])
        #expect(PrintWrap.lines("https://dichvucong.gov.vn/p/home", width: 10, indent: 0)
            == ["https://di", "chvucong.g", "ov.vn/p/ho", "me"])
        #expect(PrintWrap.lines("", width: 10, indent: 0) == [""])
    }

    @Test func theQRCodeIsThePrintersOwnCommandWithTheAddress() throws {
        var printout = Printout()
        printout.qrCode("https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1")
        let listing = try ESCPOSDecoder(columns: 48).decode(ESCPOSEncoder(PrinterSettings(device: .file(path: "x"))).encode(printout))
        #expect(listing.contains(
            "[QR model 2, module 6 dots, level M: https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1]"))
    }

    @Test func aFileDeviceGetsEveryPrintAppended() throws {
        let path = TestScratch.root + "printer-\(UUID().uuidString).bin"
        let connection = PrinterConnection(device: .file(path: path))
        #expect(throws: Never.self) { try connection.send([1, 2, 3]).get() }
        #expect(throws: Never.self) { try connection.send([4]).get() }
        #expect(FileManager.default.contents(atPath: path) == Data([1, 2, 3, 4]))
        #expect((try? connection.check().get()) == .unknown)
    }

    @Test func aMissingDeviceIsUnreachableAtOnce() {
        let result = PrinterConnection(device: .character(path: "/dev/usb/no-such-lp9")).send([0x0A])
        guard case .failure(.unreachable(let reason)) = result else {
            Issue.record("expected unreachable, got \(result)")
            return
        }
        #expect(reason.contains("No such file"))
    }

    @Test func aPrinterThatRefusesTheConnectionIsReported() throws {
        let port = try FakeNetworkPrinter.closedPort()
        let started = Date()
        let result = PrinterConnection(device: .network(host: "127.0.0.1", port: port), deadline: 30).send([0x0A])
        guard case .failure(.unreachable(let reason)) = result else {
            Issue.record("expected refused, got \(result)")
            return
        }
        #expect(reason.contains("refused"))
        // Refused is an answer: it comes back without waiting out the deadline.
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func aNetworkPrinterReceivesExactlyTheBytes() throws {
        let printer = try FakeNetworkPrinter()
        var printout = Printout()
        printout.text("A12", PrintStyle(centred: true, large: true))
        let bytes = ESCPOSEncoder(settings).encode(printout)
        let connection = PrinterConnection(device: .network(host: "127.0.0.1", port: printer.port), deadline: 30)
        #expect(throws: Never.self) { try connection.send(bytes).get() }
        #expect(printer.bytes() == bytes)
    }

    @Test func aPrinterOutOfPaperIsNotSentThePrint() throws {
        let printer = try FakeNetworkPrinter(paperStatus: 0x72)
        let connection = PrinterConnection(device: .network(host: "127.0.0.1", port: printer.port), deadline: 30)
        let result = connection.send([0x41, 0x0A])
        guard case .failure(.outOfPaper) = result else {
            Issue.record("expected out of paper, got \(result)")
            return
        }
        #expect(printer.bytes() == [])
    }

    @Test func theDoctorReadsThePaperSensor() throws {
        let low = try FakeNetworkPrinter(paperStatus: 0x1E)
        #expect((try? PrinterConnection(device: .network(host: "127.0.0.1", port: low.port), deadline: 30).check().get())
            == .nearEnd)
    }

    @Test func devicesParseAsKioskConfWritesThem() {
        #expect(PrinterSettings.Device.parse("/dev/usb/lp0") == .character(path: "/dev/usb/lp0"))
        #expect(PrinterSettings.Device.parse("tcp://printer.hall.lan:9100") == .network(host: "printer.hall.lan", port: 9100))
        #expect(PrinterSettings.Device.parse("file:/var/spool/kiosk.bin") == .file(path: "/var/spool/kiosk.bin"))
        for bad in ["lp0", "tcp://printer", "tcp://:9100", "tcp://h:99999", "file:", "/dev/"] {
            #expect(PrinterSettings.Device.parse(bad) == nil, "\(bad)")
        }
    }
}
