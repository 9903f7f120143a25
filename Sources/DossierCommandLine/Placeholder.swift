enum DossierCommandLinePlaceholder {}
