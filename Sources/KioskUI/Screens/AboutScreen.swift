import KioskConfiguration
import ProcedureCatalog

/// About this kiosk: whose it is, how to reach the center, what the kiosk keeps (nothing personal), which
/// software and catalog it runs. Opened from home's footer (F3).
struct AboutScreen: DocumentScreen {
    var scroll = 0
    var reading: Int?

    var id: Screen { .about }
    var wrapped: AnyScreen { .about(self) }

    func title(_ context: ScreenContext) -> String { UIText.aboutTitle[context.language] }
    func hints(_ context: ScreenContext) -> [Hint] { Self.documentHints }
    func spoken(_ context: ScreenContext) -> String { spokenOpening(context) }
    func action(for key: Key, _ context: ScreenContext) -> Action? { documentAction(for: key) }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        documentPerform(action, context)
    }

    func document(_ context: ScreenContext) -> TextDocument {
        let (app, language) = (context.app, context.language)
        var document = TextDocument(width: documentRect(context).width)
        document.add(app.center.name[language], role: .title)
        if !app.center.address[language].isEmpty { document.add(app.center.address[language], role: .plain) }
        if !app.center.hotline.isEmpty {
            document.add("\(UIText.hotline[language]): \(app.center.hotline)", role: .plain, hanging: 2)
        }
        if !app.center.website.isEmpty {
            document.add("\(UIText.website[language]): \(app.center.website)", role: .plain, hanging: 2)
        }
        document.section(UIText.aboutKiosk[language])
        document.add(UIText.aboutPurpose[language], role: .plain)
        document.add(UIText.aboutPrivacy(Int(app.idleTimeout), language), role: .plain)
        document.section(UIText.aboutSoftware[language])
        document.add(UIText.aboutVersion(KioskVersion.current, procedures: app.catalog.procedures.count, language),
                     role: .plain)
        return document
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) { drawDocument(&canvas, context) }
}
