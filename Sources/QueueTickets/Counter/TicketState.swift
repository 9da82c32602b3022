/// Where a queue ticket is in its day: waiting in its line, called to a counter, being served, put on hold at
/// the counter, or ended (absent when called, or served to the end). A ticket moved to another line waits
/// again there, in its place by the time it was taken.
public enum TicketState: String, Equatable, Sendable, CaseIterable {
    case waiting
    case called
    case serving
    case held
    case absent
    case finished
}

/// Why a counter stops calling for a while (the queue report counts them).
public enum PauseReason: String, Equatable, Sendable, CaseIterable {
    case rest = "break"
    case meeting
    case otherWork = "other_work"
}
