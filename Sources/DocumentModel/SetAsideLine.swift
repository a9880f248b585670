/// A source line kept out of the body, such as portal chrome, with the reason it was set aside.
public struct SetAsideLine: Sendable, Equatable, Codable {
    /// The line as written in the decoded source.
    public var text: String
    /// Why it was set aside, e.g. `breadcrumb`, `login bar`, `hit counter`.
    public var reason: String

    /// Creates a set-aside line.
    public init(_ text: String, reason: String) {
        self.text = text
        self.reason = reason
    }
}
