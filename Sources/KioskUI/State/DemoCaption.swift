import ProcedureCatalog

/// The band a guided tour shows over the screen: what this step shows, where the tour is, how to drive it.
public struct DemoCaption: Equatable, Sendable {
    public var text: LocalizedText
    /// 1-based step shown, and the number of steps; 0 before the first.
    public var step: Int
    public var count: Int
    public var auto: Bool
    /// The attract loop: any touch hands the kiosk to the citizen.
    public var attract: Bool

    public init(text: LocalizedText, step: Int, count: Int, auto: Bool, attract: Bool) {
        self.text = text
        self.step = step
        self.count = count
        self.auto = auto
        self.attract = attract
    }
}
