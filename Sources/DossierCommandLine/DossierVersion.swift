/// The version `dossier --version` prints.
public enum DossierVersion {
  public static let current = "0.1.0"
}
