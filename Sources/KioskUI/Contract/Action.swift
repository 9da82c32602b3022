/// What a key or a tap asks for. Tap regions carry actions, so a touch and its key do the same thing.
public enum Action: Equatable, Sendable {
    case back
    case home
    case toggleLanguage
    /// One of the speech keys (`SpeechUIText.keys`; on and off also from home's tile).
    case speech(SpeechCommand)
    /// Opens row `n` of the current list (or presses home button `n`).
    case open(Int)
    /// Moves the selection by `n` rows (lists) or scrolls by `n` lines (procedure text).
    case move(Int)
    /// One screenful up (-1) or down (+1).
    case page(Int)
    /// To the next (+1) or previous (-1) section of a procedure.
    case section(Int)
    /// Adds a character to the search (starting one from home).
    case type(Character)
    /// Deletes the last character of the search.
    case erase
    case clearQuery
    /// A key of the on-screen keypad (the case look-up, the staff PIN).
    case keypad(KeypadKey)
    /// The answer to the idle countdown: nothing else happens.
    case stillHere
    /// Does what the key does (footer labels).
    case press(Key)
    /// Moves the selection to the first row whose name begins with the text: a letter button of a long list, or
    /// what was typed on it.
    case jump(String)
    /// Opens this screen: on top of the one shown, or over home for one that starts a new errand
    /// (`Screen.startsOver`); a screen already showing what is asked shows it (another browse tab).
    case show(Screen)
    /// Opens the QR code of what is shown, to carry it to a phone.
    case continueOnPhone
    /// Opens the payment code of the case shown (its fees, by a bank app).
    case payFees
    /// Takes a queue number for the procedure shown, at its agency's queue.
    case takeTicket
    /// Prints the procedure's checklist on the receipt printer.
    case printChecklist
    /// Prints the case shown on the receipt printer (with its payment code, where there is one).
    case printCaseSlip
}
