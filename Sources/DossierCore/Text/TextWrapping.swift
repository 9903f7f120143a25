/// Paragraphs broken into lines for a terminal or a page (help, a rule's text).
public enum TextWrapping {
  /// `text` in lines of at most `width` characters, broken at spaces (a longer word stands on a
  /// line of its own); at least one line, empty for empty text.
  public static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    lines.append(line)
    return lines
  }
}
