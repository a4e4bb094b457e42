static class Keys
{
    public const string SendGrid = "SG.um8cBrBfsULPjrEj8hCy-W.vnMHDopo" +
        "hISZlb4Adn74WdNI8LY8qmorSWN86c86X-d";
}
