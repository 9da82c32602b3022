/// What waiting for input produced (the terminal's, or a test's scripted display's).
public enum TerminalInput: Sendable, Equatable {
    case event(TerminalEvent)
    /// Nothing arrived within the timeout.
    case idle
    /// The terminal is gone (hang-up, closed pty): the program must end rather than spin.
    case hangup
}
