import ProcedureCatalog

extension KioskApp {
    /// What a key means on the current screen.
    func action(for key: Key, _ state: KioskState) -> Action? {
        switch key {
        case .function(1), .home: return .home
        case .function(2): return .toggleLanguage
        case .escape: return .back
        default: break
        }
        switch state.screen {
        case .caseEntry, .caseFactor, .staffPIN: return caseAction(for: key, state)
        case .caseResult: return procedureAction(for: key)
        case .search: return searchAction(for: key, state)
        case .procedure: return procedureAction(for: key)
        case .home: return homeAction(for: key)
        case .browse(let tab): return browseAction(for: key, tab: tab, state)
        case .group, .featured: return listAction(for: key, state)
        }
    }

    private func homeAction(for key: Key) -> Action? {
        switch key {
        case .up, .left, .backTab: .move(-1)
        case .down, .right, .tab: .move(1)
        case .enter: .open(-1)  // the selected button
        case .character(let c) where !c.isWhitespace: .type(c)  // typing anywhere on home starts a search
        default: nil
        }
    }

    /// The physical keyboard on the case screens does what the keypad does.
    private func caseAction(for key: Key, _ state: KioskState) -> Action? {
        let typed = switch state.screen {
        case .caseEntry: state.receiptInput
        case .staffPIN: state.pinInput
        default: state.factorInput
        }
        switch key {
        case .character(let c) where !c.isWhitespace || state.screen == .caseEntry: return .keypad(c)
        case .backspace: return typed.isEmpty ? .back : .keypadErase
        case .enter: return .keypadOK
        default: return nil
        }
    }

    private func searchAction(for key: Key, _ state: KioskState) -> Action? {
        switch key {
        case .character(let c): .type(c)
        case .backspace: state.query.isEmpty ? .back : .erase
        case .delete, .control("u"): .clearQuery
        case .up: .move(-1)
        case .down, .tab: .move(1)
        case .pageUp: .page(-1)
        case .pageDown: .page(1)
        case .enter: .open(state.page.selected)
        default: nil
        }
    }

    private func procedureAction(for key: Key) -> Action? {
        switch key {
        case .backspace: .back
        case .up: .move(-1)
        case .down, .enter: .move(1)
        case .pageUp: .page(-1)
        case .pageDown, .character(" "): .page(1)
        case .tab: .section(1)
        case .backTab: .section(-1)
        default: nil
        }
    }

    private func browseAction(for key: Key, tab: BrowseTab, _ state: KioskState) -> Action? {
        let tabs = BrowseTab.allCases
        switch key {
        case .tab, .right: return .browse(tabs[(tab.rawValue + 1) % tabs.count])
        case .backTab, .left: return .browse(tabs[(tab.rawValue + tabs.count - 1) % tabs.count])
        default: return listAction(for: key, state)
        }
    }

    /// Keys of every list: arrows, pages, Enter, and digits for the numbered rows of the page shown.
    private func listAction(for key: Key, _ state: KioskState) -> Action? {
        switch key {
        case .backspace: return .back
        case .up: return .move(-1)
        case .down: return .move(1)
        case .pageUp: return .page(-1)
        case .pageDown, .character(" "): return .page(1)
        case .enter: return .open(state.page.selected)
        case .character(let c):
            guard let digit = c.wholeNumberValue, (1...9).contains(digit), c.isASCII,
                  let list = KioskView(app: self, state: state).listLayout()
            else { return nil }
            let row = list.pages[list.pageIndex(of: state.page.selected)].lowerBound + digit - 1
            return list.pages[list.pageIndex(of: state.page.selected)].contains(row) ? .open(row) : nil
        default: return nil
        }
    }
}
