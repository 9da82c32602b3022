import Testing
import ProcedureCatalog
@testable import KioskUI

/// The fields of the national list (over a hundred) in alphabetical order, with letter buttons and type-ahead.
@Suite struct BrowseIndexTests {
    @Test(arguments: Language.allCases)
    func fieldsAreInVietnameseAlphabeticalOrder(language: Language) {
        let names = Shipped.app.browseGroups(.field, language: language).map { $0.name[language] }
        #expect(names.count > 100)
        let initials = names.map(LetterIndex.initial(of:))
        // Đ comes right after D, before E and G, as in the Vietnamese alphabet.
        let order = ["A", "B", "C", "D", "Đ"] + "EFGHIJKLMNOPQRSTUVWXYZ".map(String.init)
        let positions = initials.map { order.firstIndex(of: $0) ?? -1 }
        #expect(!positions.contains(-1) && positions == positions.sorted(), "\(initials)")
        if language == .vi { #expect(initials.contains("Đ") && initials.contains("D")) }
    }

    @Test func aLetterButtonMovesToTheFirstFieldOfThatLetter() throws {
        var session = Session(.vi, width: 80, height: 24)
        try session.tap("Tra cứu theo lĩnh vực")
        #expect(session.browseSelection?.hasPrefix("B") == true)
        try session.tap(" T ")
        let selected = try #require(session.browseSelection)
        #expect(LetterIndex.initial(of: selected) == "T")
        #expect(session.shows(selected))
        let names = session.app.browseGroups(.field, language: .vi).map(\.name.vi)
        #expect(names.firstIndex(of: selected) == names.firstIndex { LetterIndex.initial(of: $0) == "T" })
        try session.tap(" Đ ")
        #expect(session.browseSelection.map(LetterIndex.initial(of:)) == "Đ")
    }

    @Test func typingANamesFirstLettersMovesToIt() throws {
        var session = Session(.vi, width: 80, height: 24)
        try session.tap("Tra cứu theo lĩnh vực")
        session.type("thue")
        #expect(session.browseSelection == "Thuế")
        #expect(session.shows("Thuế"))
        // A letter that continues no name starts over; spaces do not matter ("hotich" is "Hộ tịch").
        session.type("hotich")
        #expect(session.browseSelection == "Hộ tịch")
        // A letter no field begins with moves nothing.
        session.type("z")
        #expect(session.browseSelection == "Hộ tịch")
        // Any other key ends the typing: "d" is then a new start, not "hotichd".
        session.press(.down)
        session.type("d")
        #expect(session.browseSelection.map(LetterIndex.initial(of:)) == "D")
    }

    @Test func shortListsHaveNoIndexAndTheCompactLayoutSharesButtons() throws {
        var session = Session(.vi, width: 80, height: 24)
        try session.tap("Tra cứu theo lĩnh vực")
        #expect(session.shows("│ Đ │"))
        session.press(.tab)
        #expect(!session.shows("│ Đ │"))
        let before = session.browseSelection
        session.type("x")
        #expect(session.browseSelection == before)

        var compact = Session(.vi, width: 40, height: 12)
        compact.press(.down, .enter)
        #expect(compact.shows("–"), "\(compact.screen)")
        let index = LetterIndex(names: compact.app.browseGroups(.field, language: .vi).map(\.name.vi), width: 38,
                                padding: 2)
        #expect(index.entries.reduce(0) { $0 + DisplayWidth.of($1.label) + 2 } <= 38)
        #expect(index.entries.flatMap(\.letters).count == 15)
    }
}
