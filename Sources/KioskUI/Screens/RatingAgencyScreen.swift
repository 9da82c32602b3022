import CaseTracking
import Foundation
import ProcedureCatalog

/// The last step of a quick rating, optional: the agency (and so its counter) the citizen dealt with, or Skip.
/// Choosing sends the rating and thanks the citizen.
struct RatingAgencyScreen: ListingScreen {
    var draft: QuickRatingDraft
    var selected = 0

    var id: Screen { .ratingAgency }
    var wrapped: AnyScreen { .ratingAgency(self) }

    func title(_ context: ScreenContext) -> String { RatingUIText.quickTitle[context.language] }
    func hints(_ context: ScreenContext) -> [Hint] { [.select, .open, .page] + Hint.common }
    func action(for key: Key, _ context: ScreenContext) -> Action? { listAction(for: key, context) }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        let transition = listPerform(action, context)
        if transition?.navigation != nil { context.quickRated = true }
        return transition
    }

    /// Skip, then the catalog's agencies.
    func items(_ context: ScreenContext) -> [ListItem] {
        let language = context.language
        return [ListItem(title: RatingUIText.skip[language], meta: RatingUIText.skipFacts[language])]
            + context.app.catalog.agencies.map { agency in
                ListItem(title: agency.name[language], meta: agency.counter?[language] ?? "")
            }
    }

    func spoken(_ context: ScreenContext) -> String {
        KioskApp.joined([RatingUIText.agencyPrompt[context.language], SpeechUIText.count(itemCount(context), context.language)])
    }

    func itemCount(_ context: ScreenContext) -> Int { context.app.catalog.agencies.count + 1 }
    func listArea(_ context: ScreenContext) -> Rect { context.layout.body.dropping(top: 1) }

    func open(_ row: Int, _ context: ScreenContext) -> Transition {
        let agency = row == 0 ? nil : context.app.catalog.agencies[row - 1]
        let rating = Rating(kind: .quick, agency: agency?.id, counter: agency?.counter?.vi, kiosk: context.app.kioskID,
                            answers: [.attitude: draft.answer.rawValue], complaints: draft.complaints,
                            time: context.now)
        return RatingComplaintsScreen.thanks(for: rating, context)
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let items = items(context)
        let list = listLayout(items, context)
        canvas.grid.put(RatingUIText.agencyPrompt[context.language], x: list.rows.x, y: list.rows.y - 1, role: .muted)
        canvas.list(items, list, selected: selected, language: context.language)
    }
}
