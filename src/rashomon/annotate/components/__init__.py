"""rashomon's spaCy components, one module each (see `annotate.component.Component`)."""
