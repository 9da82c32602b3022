import KioskQR
import Testing
import TestSupport

/// The codes libqrencode makes, read back by zbar as a phone would.
struct QREncoderTests {
    let portal = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019dd30d-0166-77b0-bc90-1237ac947345"

    func picture(_ code: QRCode) -> [[Bool]] {
        let zone = QRCode.quietZone
        return (-zone ..< code.size + zone).map { y in (-zone ..< code.size + zone).map { x in code.isDark(x: x, y: y) } }
    }

    @Test func aPortalPageIsReadBackExactly() throws {
        let code = try #require(QREncoder().encode(portal))
        #expect(code.version == 5, "81 bytes at level M need version 5 (37 modules)")
        #expect(code.size == 37)
        #expect(try QRReader.read(picture(code)) == [portal])
    }

    @Test func vietnameseTextIsReadBackExactly() throws {
        let text = "Trung tâm Phục vụ hành chính công tỉnh Bình Dương"
        let code = try #require(QREncoder().encode(text))
        #expect(try QRReader.read(picture(code)) == [text])
    }

    @Test func withoutItsQuietZoneOrHalfDrawnACodeIsNotRead() throws {
        let code = try #require(QREncoder().encode(portal))
        // The reader is real: a picture with a third of the code's rows blanked gives nothing.
        var damaged = picture(code)
        for y in 4 ..< 4 + code.size / 3 { damaged[y] = damaged[y].map { _ in false } }
        #expect(try QRReader.read(damaged).isEmpty)
    }

    @Test func theSameTextGivesTheSameCodeAndNothingGivesNone() {
        let encoder = QREncoder()
        #expect(encoder.encode(portal) == encoder.encode(portal))
        #expect(encoder.encode("") == nil)
        #expect(encoder.encode(String(repeating: "x", count: 3000)) == nil, "longer than any QR code holds")
    }
}
