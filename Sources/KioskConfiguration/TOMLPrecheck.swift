/// Checks a kiosk.conf before the TOML parser sees it. toml++ (under TOMLKit) fails an assertion and aborts
/// on some malformed input, found by fuzzing: a NUL byte, and anything but a key character or a quote where a
/// key is expected (`[#`, `{ é = 1 }`). Text the parser may crash on is refused here, with its line; the parser
/// still judges everything else. kiosk.conf keys are ASCII; Vietnamese belongs in quoted strings and comments.
enum TOMLPrecheck {
    struct Problem: Equatable {
        var line: Int
        var detail: String
    }

    private enum Context { case array, table }

    static func firstProblem(_ text: String) -> Problem? {
        var scanner = Scanner(Array(text.unicodeScalars))
        return scanner.run()
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        /// Open arrays and inline tables of the value being read.
        var nesting: [Context] = []
        /// A key must come next (line start, after `[`, after `{` or `,` in an inline table).
        var expectKey = true
        var atLineStart = true
        /// Reading a key (a header's, a line's before `=`, an inline table's): a dot there asks for another key.
        var inKey = false
        /// A value must come next: after `=` (on the same line), or after `[` or `,` in an array.
        var expectValue = false

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        mutating func run() -> Problem? {
            while index < scalars.count {
                let scalar = scalars[index]
                if let problem = control(scalar) { return problem }
                if scalar == "\r" && (index + 1 >= scalars.count || scalars[index + 1] != "\n") {
                    return Problem(line: line, detail: "a carriage return without a line feed")
                }
                if scalar == " " || scalar == "\t" || scalar == "\r" {
                    index += 1
                    continue
                }
                if scalar == "\n" {
                    if expectKey && !atLineStart { return Problem(line: line, detail: "a key was expected here") }
                    if expectValue && nesting.last != .array { return Problem(line: line, detail: "a value was expected here") }
                    line += 1
                    index += 1
                    if nesting.isEmpty {
                        atLineStart = true
                        expectKey = true
                    }
                    continue
                }
                if scalar == "#" {
                    // A comment may end a line, but not stand where a header's or inline table's key belongs.
                    if expectKey && !atLineStart { return Problem(line: line, detail: "a key was expected here") }
                    if expectValue && nesting.last != .array { return Problem(line: line, detail: "a value was expected here") }
                    if let problem = skipComment() { return problem }
                    continue
                }
                if expectKey {
                    if atLineStart && scalar == "[" {  // a table header: [a.b] or [[a]]
                        index += 1
                        if index < scalars.count, scalars[index] == "[" { index += 1 }
                        atLineStart = false
                        continue  // still expecting a key
                    }
                    if scalar == "." || scalar == "=" || scalar == "]" {
                        return Problem(line: line, detail: "a key was expected here")
                    }
                    if !nesting.isEmpty && scalar == "}" {  // an empty inline table
                        expectKey = false
                        continue
                    }
                    guard Self.isBareKeyCharacter(scalar) || scalar == "\"" || scalar == "'" else {
                        return Problem(line: line, detail: "a key was expected here")
                    }
                    expectKey = false
                    atLineStart = false
                    inKey = true
                }
                if expectValue {
                    let closesArray = scalar == "]" && nesting.last == .array
                    if [",", "}", "=", "]"].contains(scalar) && !closesArray {
                        return Problem(line: line, detail: "a value was expected here")
                    }
                    expectValue = false
                }
                switch scalar {
                case "\"", "'":
                    if let problem = skipString() { return problem }
                    continue
                case "=":
                    expectValue = true
                    inKey = false
                case "." where inKey:
                    expectKey = true
                case "[":
                    nesting.append(.array)
                    expectValue = true
                case "{":
                    nesting.append(.table)
                    expectKey = true
                case "]" where inKey && nesting.isEmpty:  // the end of a table header
                    inKey = false
                    if index + 1 < scalars.count, scalars[index + 1] == "]" { index += 1 }
                case "]", "}":
                    let expected: Context = scalar == "]" ? .array : .table
                    if let open = nesting.last {
                        guard open == expected else { return Problem(line: line, detail: "a bracket closes the wrong thing") }
                        nesting.removeLast()
                    }
                case ",":
                    if nesting.last == .table { expectKey = true }
                    if nesting.last == .array { expectValue = true }
                default:
                    if scalar.value >= 0x80 {
                        return Problem(line: line, detail: "a non-ASCII character outside a quoted string")
                    }
                }
                index += 1
            }
            if expectKey && !atLineStart { return Problem(line: line, detail: "a key was expected here") }
            if expectValue || !nesting.isEmpty { return Problem(line: line, detail: "the file ends inside a value") }
            return nil
        }

        private func control(_ scalar: Unicode.Scalar) -> Problem? {
            guard (scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r") || scalar.value == 0x7F
            else { return nil }
            return Problem(line: line, detail: "control character U+" + String(scalar.value, radix: 16, uppercase: true)
                .leftPadded(to: 4))
        }

        private mutating func skipComment() -> Problem? {
            while index < scalars.count, scalars[index] != "\n" {
                if let problem = control(scalars[index]) { return problem }
                index += 1
            }
            return nil
        }

        /// Skips a basic, literal or multi-line string from its opening quote.
        private mutating func skipString() -> Problem? {
            let quote = scalars[index]
            let triple = index + 2 < scalars.count && scalars[index + 1] == quote && scalars[index + 2] == quote
            index += triple ? 3 : 1
            while index < scalars.count {
                let scalar = scalars[index]
                if let problem = control(scalar) { return problem }
                if scalar == "\n" {
                    if !triple { return Problem(line: line, detail: "a string is not closed on its line") }
                    line += 1
                } else if scalar == "\\" && quote == "\"" {
                    index += 2
                    continue
                } else if scalar == quote {
                    if !triple {
                        index += 1
                        return nil
                    }
                    if index + 2 < scalars.count, scalars[index + 1] == quote, scalars[index + 2] == quote {
                        index += 3
                        // A closing """ may be followed by up to two more quotes that belong to the string.
                        while index < scalars.count, scalars[index] == quote { index += 1 }
                        return nil
                    }
                }
                index += 1
            }
            return Problem(line: line, detail: "a string is not closed")
        }

        static func isBareKeyCharacter(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: true
            default: false
            }
        }
    }
}
