/// ASCII checks for codes and identifiers, which are written in ASCII digits and letters only.

extension UInt8 {
    var isASCIIDigit: Bool { (0x30 ... 0x39).contains(self) }
}

extension Array where Element == UInt8 {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> ArraySlice<UInt8> {
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else {
            return []
        }
        return self[first ... last]
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
