class Keys {
    static final String SLACK_BOT = "xoxb-782838685584-"
        + "8876594871269-UoQj"
        + "mlPx0G92FwerQaaYFoxR";
}
