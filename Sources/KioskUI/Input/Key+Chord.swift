import KioskConfiguration
import KioskGrid

extension Key {
    /// Whether this key is the given stroke of a key chord.
    func matches(_ stroke: KeyChord.Stroke) -> Bool {
        switch (self, stroke) {
        case (.control(let a), .control(let b)): a == b
        case (.function(let a), .function(let b)): a == b
        case (.character(let a), .character(let b)): a == b
        default: false
        }
    }
}
