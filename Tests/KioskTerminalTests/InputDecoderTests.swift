import CNCursesW
import KioskGrid
import Testing
@testable import KioskTerminal

/// What ncurses hands the kiosk, as the kiosk takes it: key codes, mouse reports, characters.
@Suite struct InputDecoderTests {
    static let size = Size(width: 80, height: 24)

    @Test func keyCodesAreTheKeysTheyName() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right), (KEY_PPAGE, .pageUp),
            (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end), (KEY_BACKSPACE, .backspace),
            (KEY_DC, .delete), (KEY_ENTER, .enter), (KEY_BTAB, .backTab),
        ]
        for (code, key) in expected {
            #expect(InputDecoder.keyCode(code, size: { Self.size }) == .key(key), "code \(code)")
        }
        for n in 1 ... 12 {
            #expect(InputDecoder.keyCode(kiosk_key_f(Int32(n)), size: { Self.size }) == .key(.function(n)))
        }
        #expect(InputDecoder.keyCode(KEY_RESIZE, size: { Size(width: 120, height: 40) }) == .resize(Size(width: 120, height: 40)))
        #expect(InputDecoder.keyCode(KEY_F0 + 13, size: { Self.size }) == nil, "F13 and keys the kiosk has no use for do nothing")
    }

    @Test func mouseReportsAreTapsAndTheWheel() {
        #expect(InputDecoder.mouse(kiosk_button1_pressed(), x: 5, y: 7) == .click(x: 5, y: 7), "a press acts at once")
        #expect(InputDecoder.mouse(kiosk_button1_clicked(), x: 0, y: 0) == .click(x: 0, y: 0))
        #expect(InputDecoder.mouse(kiosk_button4_pressed(), x: 3, y: 4) == .wheel(-1, x: 3, y: 4), "wheel up")
        #expect(InputDecoder.mouse(kiosk_button5_pressed(), x: 3, y: 4) == .wheel(1, x: 3, y: 4), "wheel down")
        #expect(InputDecoder.mouse(0, x: 1, y: 1) == nil, "a release or a motion does nothing")
    }

    @Test func charactersAndControls() {
        #expect(InputDecoder.character(13) == .key(.enter) && InputDecoder.character(10) == .key(.enter))
        #expect(InputDecoder.character(9) == .key(.tab) && InputDecoder.character(27) == .key(.escape))
        #expect(InputDecoder.character(127) == .key(.backspace) && InputDecoder.character(8) == .key(.backspace))
        #expect(InputDecoder.character(3) == .key(.control("c")) && InputDecoder.character(24) == .key(.control("x")))
        #expect(InputDecoder.character(0x9B) == nil, "the single-byte CSI is dropped")
        #expect(InputDecoder.character(0x1EBF) == .key(.character("ế")), "Vietnamese letters pass")
        #expect(InputDecoder.character(0x85) == nil && InputDecoder.character(0) == nil, "C1 and NUL are dropped")
    }
}
