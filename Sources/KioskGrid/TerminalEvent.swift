/// What a terminal reports: keys, touches, the wheel, a new size. The kiosk's state machine takes these as
/// its citizen input (`KioskEvent`) beside events of its own (the clock, answers to effects).
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    /// A touch or button-1 press on a cell (0-based).
    case click(x: Int, y: Int)
    /// The mouse wheel or a two-finger swipe: negative scrolls up.
    case wheel(Int, x: Int, y: Int)
    case resize(Size)
}
