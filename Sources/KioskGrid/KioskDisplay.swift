/// What the run loop draws on and reads from: the terminal, or in tests a scripted stand-in
/// (`Tests/TestSupport/ScriptedDisplay.swift`).
public protocol KioskDisplay: AnyObject {
    var size: Size { get }
    /// Waits up to `milliseconds` for input (0: only what is already there).
    func next(timeout milliseconds: Int32) -> TerminalInput
    func draw(_ grid: Grid)
}
