import CaseTracking
import Foundation
@_exported import KioskGrid
import KioskConfiguration

/// Everything that can happen to the kiosk, as the state machine receives it.
public enum KioskEvent: Sendable, Equatable {
    case key(Key)
    /// A touch or button-1 click on a cell (0-based).
    case click(x: Int, y: Int)
    /// The mouse wheel or a two-finger swipe: negative scrolls up.
    case wheel(Int, x: Int, y: Int)
    case resize(Size)
    /// The clock moved on (the header shows the time).
    case tick(Date)
    /// A barcode or QR scanner typed this, ending in Enter, faster than a person types (see `ScanDetector`).
    case scan(String)
    /// What an effect sent back, for the screen that asked (or the app: the staff exit's record).
    case answered(Answer)
}

extension KioskEvent {
    /// A terminal's report as the state machine takes it.
    public init(_ input: TerminalEvent) {
        switch input {
        case .key(let key): self = .key(key)
        case .click(let x, let y): self = .click(x: x, y: y)
        case .wheel(let steps, let x, let y): self = .wheel(steps, x: x, y: y)
        case .resize(let size): self = .resize(size)
        }
    }
}
