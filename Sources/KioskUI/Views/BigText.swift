import KioskGrid

/// A queue number drawn large (a ticket on the screen, the hall's board): each letter and digit 3 by 5 blocks,
/// each block two cells wide (a cell is twice as tall as wide), in solid colour cells rather than block
/// characters, which the Linux console's font lacks.
enum BigText {
    static let glyphRows = 5
    /// Cells a character takes across, and the gap after it.
    static let glyphWidth = 6
    static let gap = 2

    /// The cells `text` takes; characters the font lacks take none.
    static func width(_ text: String) -> Int {
        let count = text.filter { font[$0] != nil }.count
        return count == 0 ? 0 : count * (glyphWidth + gap) - gap
    }

    static func draw(_ text: String, x: Int, y: Int, into grid: inout Grid) {
        var left = x
        for character in text {
            guard let rows = font[character] else { continue }
            for (row, bits) in rows.enumerated() {
                for (column, bit) in bits.enumerated() where bit == "1" {
                    grid.fill(Rect(x: left + column * 2, y: y + row, width: 2, height: 1), role: .bigNumber)
                }
            }
            left += glyphWidth + gap
        }
    }

    /// Three columns by five rows; "1" is a block.
    static let font: [Character: [String]] = [
        "0": ["111", "101", "101", "101", "111"], "1": ["010", "110", "010", "010", "111"],
        "2": ["111", "001", "111", "100", "111"], "3": ["111", "001", "111", "001", "111"],
        "4": ["101", "101", "111", "001", "001"], "5": ["111", "100", "111", "001", "111"],
        "6": ["111", "100", "111", "101", "111"], "7": ["111", "001", "001", "001", "001"],
        "8": ["111", "101", "111", "101", "111"], "9": ["111", "101", "111", "001", "111"],
        "A": ["010", "101", "111", "101", "101"], "B": ["110", "101", "110", "101", "110"],
        "C": ["011", "100", "100", "100", "011"], "D": ["110", "101", "101", "101", "110"],
        "E": ["111", "100", "110", "100", "111"], "F": ["111", "100", "110", "100", "100"],
        "G": ["011", "100", "101", "101", "011"], "H": ["101", "101", "111", "101", "101"],
        "I": ["111", "010", "010", "010", "111"], "J": ["001", "001", "001", "101", "010"],
        "K": ["101", "101", "110", "101", "101"], "L": ["100", "100", "100", "100", "111"],
        "M": ["101", "111", "111", "101", "101"], "N": ["110", "101", "101", "101", "101"],
        "O": ["010", "101", "101", "101", "010"], "P": ["110", "101", "110", "100", "100"],
        "Q": ["010", "101", "101", "110", "011"], "R": ["110", "101", "110", "101", "101"],
        "S": ["011", "100", "010", "001", "110"], "T": ["111", "010", "010", "010", "010"],
        "U": ["101", "101", "101", "101", "111"], "V": ["101", "101", "101", "101", "010"],
        "W": ["101", "101", "111", "111", "101"], "X": ["101", "101", "010", "101", "101"],
        "Y": ["101", "101", "010", "010", "010"], "Z": ["111", "001", "010", "100", "111"],
    ]
}
