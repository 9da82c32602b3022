import CaseTracking
import ProcedureCatalog

/// The case found: its status and what it means, the dates, what is missing or due, the history. The record
/// lives only as long as this screen.
struct CaseResultScreen: DocumentScreen {
    let record: CaseRecord
    var scroll = 0

    init(record: CaseRecord) {
        self.record = record
    }

    var id: Screen { .caseResult }
    var wrapped: AnyScreen { .caseResult(self) }

    func title(_ context: ScreenContext) -> String { CaseUIText.resultTitle[context.language] }
    func hints(_ context: ScreenContext) -> [Hint] { Self.documentHints }
    func action(for key: Key, _ context: ScreenContext) -> Action? { documentAction(for: key) }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        documentPerform(action, context)
    }

    func document(_ context: ScreenContext) -> TextDocument {
        let app = context.app
        return TextDocument(case: record, app: app, language: context.language,
                            today: LocalDay(context.now, in: app.timeZone), width: documentRect(context.layout).width)
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) { drawDocument(&canvas, context) }
}
