window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "API docs nerd. Developer advocate at Globex. Accessibility, pagination &amp; other people's error messages.",
        "website" : "",
        "location" : "Lisbon"
      },
      "avatarMediaUrl" : "https://abs.twimg.com/sticky/default_profile_images/default_profile.png"
    }
  }
]
