package org.matdesign.api;

/** The roles a contribution can play; each has its extension point and service interface. */
public enum Role {
    GENERATOR("generators", "generator", Generator.class),
    OPTIMIZER("optimizers", "optimizer", Optimizer.class),
    VALIDATOR("validators", "validator", Validator.class),
    VISUALIZER("visualizers", "visualizer", Visualizer.class),
    PREDICTOR("predictors", "predictor", PropertyPredictor.class),
    MODEL("models", "model", GenerativeModel.class);

    private final String extensionPoint;
    private final String element;
    private final Class<?> type;

    Role(String extensionPoint, String element, Class<?> type) {
        this.extensionPoint = extensionPoint;
        this.element = element;
        this.type = type;
    }

    /** Full id of the extension point, e.g. {@code org.matdesign.api.generators}. */
    public String extensionPointId() {
        return "org.matdesign.api." + extensionPoint;
    }

    /** Name of the configuration element that declares one contribution. */
    public String elementName() {
        return element;
    }

    public Class<?> type() {
        return type;
    }

    public String label() {
        return element;
    }
}
