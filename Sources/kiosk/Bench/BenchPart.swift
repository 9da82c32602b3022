import ArgumentParser

/// A part of `kiosk bench` that `--only` may name. The parser lists and checks them (a misspelt part is refused,
/// not measured as nothing), and the help text names every one.
enum BenchPart: String, CaseIterable, ExpressibleByArgument {
    case catalogs, render, cases, quality, speech, queue, hall

    /// What a run without `--only` measures: the hall's measure needs a server and is run only when asked.
    static let byDefault: [BenchPart] = allCases.filter { $0 != .hall }

    /// Parts that print a table of their own rather than rows of the main one.
    var printsItsOwnTable: Bool { [.hall, .speech, .queue].contains(self) }
}
