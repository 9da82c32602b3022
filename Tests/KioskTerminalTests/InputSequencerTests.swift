import KioskGrid
import Testing
@testable import KioskTerminal

/// The terminal's input, reassembled without a terminal: what `wget_wch` hands over, character by character.
@Suite struct InputSequencerTests {
    /// Feeds `text` as characters, then flushes what is pending (nothing more arrives).
    func events(_ text: String, flush: Bool = true) -> [TerminalEvent] {
        var sequencer = InputSequencer()
        var events = text.unicodeScalars.flatMap { sequencer.feed(.character($0.value)) }
        if flush { events += sequencer.flush() }
        return events
    }

    func tap(_ x: Int, _ y: Int) -> String { "\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m" }

    @Test func eightTapsInOneReadAreEightTaps() {
        let burst = String(repeating: tap(4, 11), count: 8)
        #expect(events(burst) == Array(repeating: .click(x: 4, y: 11), count: 8))
    }

    @Test func tapsAndKeysInOneReadKeepTheirOrder() {
        let burst = tap(13, 11) + "34" + tap(4, 11) + "\r"
        #expect(events(burst) == [.click(x: 13, y: 11), .key(.character("3")), .key(.character("4")),
                                  .click(x: 4, y: 11), .key(.enter)])
    }

    @Test func theWheelScrollsAndReleasesMotionAndOtherButtonsDoNothing() {
        #expect(events("\u{1B}[<64;10;5M\u{1B}[<65;10;5M") == [.wheel(-1, x: 9, y: 4), .wheel(1, x: 9, y: 4)])
        #expect(events("\u{1B}[<0;10;5m\u{1B}[<32;10;5M\u{1B}[<2;10;5M\u{1B}[<1;10;5M").isEmpty)
        #expect(events("\u{1B}[<4;10;5M\u{1B}[<16;3;2M") == [.click(x: 9, y: 4), .click(x: 2, y: 1)],
                "shift or control with a touch is still a touch")
        #expect(events("\u{1B}[<0;250;80M") == [.click(x: 249, y: 79)], "wide screens")
    }

    @Test func escapeAloneIsTheEscapeKeyOnceNothingFollows() {
        var sequencer = InputSequencer()
        #expect(sequencer.feed(.character(27)).isEmpty)
        #expect(sequencer.pendingTimeout == 30)
        #expect(sequencer.flush() == [.key(.escape)])
        #expect(sequencer.pendingTimeout == nil)
        #expect(events("\u{1B}x") == [.key(.escape), .key(.character("x"))], "Alt-x: Escape then x, as before")
        #expect(events("\u{1B}\u{1B}") == [.key(.escape), .key(.escape)])
    }

    @Test func aKeyNcursesDecodedFlushesWhatWasPendingFirst() {
        var sequencer = InputSequencer()
        _ = sequencer.feed(.character(27))
        #expect(sequencer.feed(.decoded(.key(.up))) == [.key(.escape), .key(.up)])
    }

    @Test func brokenAndHostileReportsAreDroppedAndWhatFollowsCounts() {
        #expect(events("\u{1B}[<0;10M" + "5") == [.key(.character("5"))], "two numbers only")
        #expect(events("\u{1B}[<0;0;0M") == [], "cells count from 1")
        #expect(events("\u{1B}[<0;10;5X7") == [.key(.character("7"))], "another final byte ends an unknown sequence")
        #expect(events("\u{1B}[<" + String(repeating: "9", count: 100) + "M8") == [.key(.character("8"))],
                "an overlong report is dropped whole")
        #expect(events("\u{1B}[<0;10\r5") == [.key(.enter), .key(.character("5"))], "a control ends a report")
        #expect(events("\u{1B}[<0;10") == [], "cut short by silence")
        #expect(events("\u{1B}[I") == [.key(.escape), .key(.character("[")), .key(.character("I"))],
                "another sequence comes as it always did")
        #expect(events("\u{1B}[<0;99999999999999999999;5M") == [], "numbers too large for Int")
    }

    @Test func aReportSplitAcrossReadsWaitsForItsRest() {
        var sequencer = InputSequencer()
        let first = "\u{1B}[<0;12".unicodeScalars.flatMap { sequencer.feed(.character($0.value)) }
        #expect(first.isEmpty)
        #expect(sequencer.pendingTimeout == 200)
        let rest = ";7M".unicodeScalars.flatMap { sequencer.feed(.character($0.value)) }
        #expect(rest == [.click(x: 11, y: 6)])
    }

    @Test func vietnameseLettersAndControlsPassThrough() {
        #expect(events("hộ\u{7F}\t") == [.key(.character("h")), .key(.character("ộ")), .key(.backspace), .key(.tab)])
        #expect(events("\u{18}\u{11}") == [.key(.control("x")), .key(.control("q"))])
    }
}
