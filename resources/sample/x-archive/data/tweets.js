window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1841500000000000005"
          ],
          "editableUntil" : "2024-10-02T17:48:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "14",
      "id_str" : "1841500000000000005",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1841500000000000005",
      "created_at" : "Wed Oct 02 16:48:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Tried the Umbrella Gadgets SDK again today. Still broken, still awful docs, still no error messages worth the name. What a waste of an afternoon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1835300000000000004"
          ],
          "editableUntil" : "2024-09-15T11:02:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lee",
            "screen_name" : "lee_docs_ex",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1200000000000000002",
            "id" : "1200000000000000002"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "3",
      "id_str" : "1835300000000000004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1835300000000000004",
      "created_at" : "Sun Sep 15 10:02:33 +0000 2024",
      "favorited" : false,
      "full_text" : "@lee_docs_ex Same here: the cursor was a number in the example and a string in the API. Took me an hour.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1835290000000000001",
      "in_reply_to_status_id" : "1835290000000000001",
      "in_reply_to_user_id" : "1200000000000000002",
      "in_reply_to_user_id_str" : "1200000000000000002",
      "in_reply_to_screen_name" : "lee_docs_ex"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1829600000000000003"
          ],
          "editableUntil" : "2024-08-30T14:20:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "a11y",
            "indices" : [
              "90",
              "95"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "A11y notes",
            "screen_name" : "a11y_notes_ex",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1200000000000000003",
            "id" : "1200000000000000003"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "1829600000000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1829600000000000003",
      "created_at" : "Fri Aug 30 13:20:05 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @a11y_notes_ex: Alt text for charts: say what the chart shows, not what it looks like. #a11y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1811400000000000002"
          ],
          "editableUntil" : "2024-07-11T09:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "52",
      "id_str" : "1811400000000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1811400000000000002",
      "created_at" : "Thu Jul 11 08:15:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Five things I check in every API reference, a thread. 1/2: every endpoint shows a real request and a real response, errors included.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1811400300000000001"
          ],
          "editableUntil" : "2024-07-11T09:17:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Sx4mPleAb1",
            "expanded_url" : "https://sam.example/blog/api-reference-checklist",
            "display_url" : "sam.example/blog/api-refer…",
            "indices" : [
              "110",
              "133"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "31",
      "id_str" : "1811400300000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1811400300000000001",
      "created_at" : "Thu Jul 11 08:17:41 +0000 2024",
      "favorited" : false,
      "full_text" : "2/2: the first screen says what the API is for, in one sentence, before any table. Longer version on my blog: https://t.co/Sx4mPleAb1",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1811400000000000002",
      "in_reply_to_status_id" : "1811400000000000002",
      "in_reply_to_user_id" : "1106000000000000001",
      "in_reply_to_user_id_str" : "1106000000000000001",
      "in_reply_to_screen_name" : "samriv_example"
    }
  }
]
