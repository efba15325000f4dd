// Badge backgrounds chosen to carry white text at 4.5:1 or more (Mantine's green.9 only reaches 4.37).
export const BADGE_COLORS = {
  public: "#364fc7",
  private: "#087f5b",
  active: "#1b6e33",
  inactive: "#495057",
} as const;
