import Testing
@testable import KioskUI

/// The one field the keypad screens share: what it takes, how much, how it shows.
@Suite struct KeypadFieldTests {
    private func typed(_ field: KeypadField, _ text: String) -> KeypadField {
        var field = field
        for character in text { _ = field.type(.character(character)) }
        return field
    }

    @Test func digitsTakeDigitsAloneUpToTheirLimit() {
        let digits = typed(.idDigits, "1a2 3٤45")
        #expect(digits.text == "1234", "letters, spaces and non-ASCII digits are not taken; the fifth has no room")
        #expect(digits.isFull && digits.shown == "●●●●")
        #expect(typed(.idDigits, "12").shown == "●●__", "ID digits show dots, then what is still to type")
        let pin = typed(.pin, String(repeating: "9", count: 20))
        #expect(pin.count == 12 && pin.shown == String(repeating: "●", count: 12), "a PIN never shows its digits")
    }

    @Test func aReceiptNumberIsUpperCasedAndErasedOneByOne() {
        var field = typed(.receipt(), "000.00.12.h08-241127-0042")
        #expect(field.text == "000.00.12.H08-241127-0042" && field.shown == field.text)
        let erased = field.type(.erase)
        #expect(!erased && field.text == "000.00.12.H08-241127-004")
        let ok = field.type(.ok)
        #expect(ok, "OK is the screen's to act on")
        #expect(field.text == "000.00.12.H08-241127-004", "OK changes nothing in the field")
        #expect(typed(.receipt(), String(repeating: "1", count: 100)).count == 40, "a scanner's burst is cut at the limit")
        #expect(KeypadField.receipt(String(repeating: "2", count: 50)).count == 40)
    }

    @Test func theKeyboardDoesWhatTheKeypadDoes() {
        #expect(KeypadField.receipt().action(for: .character(" ")) == .keypad(.character(" ")), "receipt numbers take spaces")
        #expect(KeypadField.pin.action(for: .character(" ")) == nil)
        #expect(KeypadField.pin.action(for: .backspace) == .back, "backspace on an empty field goes back")
        #expect(typed(.pin, "1").action(for: .backspace) == .keypad(.erase))
        #expect(KeypadField.idDigits.action(for: .enter) == .keypad(.ok))
    }
}
