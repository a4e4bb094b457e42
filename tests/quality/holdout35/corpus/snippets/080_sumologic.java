// sumologic integration (fixture for the config loader)
public class SumologicConfig {
    private static final String SUMO_ACCESS_KEY = "LKxGs0bxPtObXqPg7ajec5rRJoc1csOQgnwmwt1hw3gaW5DUnEDs9NthfUXnoE5G";
    private static final String SUMO_ACCESS_ID = "suvvhVEV7Jlh4x";
// rotated on 2025-09-27, old value LKxG************oE5G (revoked)
    static final String SUMO_ACCESS_KEY_EXAMPLE = "YOUR_SUMO_ACCESS_KEY_HERE";
}
