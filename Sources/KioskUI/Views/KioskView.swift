import CaseTracking
import ProcedureCatalog

/// Renders one state into a frame: what surrounds every screen (header, navigation bar, footer, the tour's
/// caption, the idle countdown), and between them the screen shown, drawn by itself.
struct KioskView {
    let app: KioskApp
    let state: KioskState
    let context: ScreenContext

    init(app: KioskApp, state: KioskState) {
        self.app = app
        self.state = state
        context = ScreenContext(app: app, state: state)
    }

    var language: Language { state.language }
    var layout: ScreenLayout { context.layout }
    var screen: any KioskScreen { state.top.feature }

    func render() -> Frame {
        var canvas = Canvas(state.size)
        if layout.tooSmall {
            EnlargeScreen.draw(&canvas)
            return canvas.frame
        }
        if !screen.usesWholeScreen(context) {
            drawHeader(&canvas)
            drawNav(&canvas)
        }
        screen.draw(&canvas, context)
        drawFooter(&canvas)
        if let caption = state.caption { drawCaption(&canvas, caption) }
        if let left = app.idleCountdown(state) { drawStillThere(&canvas, secondsLeft: max(0, left)) }
        return canvas.frame
    }
}
