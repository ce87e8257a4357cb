## Fact sheet: the Industrial Park Leadership Training Programme for the Asia-Pacific Region (2023).
## Thai (th): draft translation, not yet reviewed by a native speaker. Its wording follows this
## locale's translation of the announcement.

facts-title = ข้อมูลโดยสรุป: โครงการฝึกอบรมผู้นำด้านนิคมอุตสาหกรรมสำหรับภูมิภาคเอเชีย-แปซิฟิก

facts-when-and-where = วันและสถานที่: { $programme-dates } ณ นครเซี่ยงไฮ้ ประเทศจีน เป็นการฝึกอบรมแบบพบปะกันโดยตรง

facts-organisers = ผู้จัด: { -unido-full } ({ -unido }) ร่วมกับ{ -snai } ({ -apfdi }) โดยได้รับทุนสนับสนุนจาก{ -china-gov }

facts-participants = ผู้เข้าร่วม: เจ้าหน้าที่รัฐระดับกลางและระดับสูงผู้ปฏิบัติงานด้านการพัฒนานิคมอุตสาหกรรมและเขตเศรษฐกิจพิเศษ จำนวน { $officials } คน จาก { $countries } ประเทศ ได้แก่ { $country-list }

facts-topics = หัวข้อ: การวางแผนนิคมอุตสาหกรรม การส่งเสริมการลงทุน นวัตกรรมทางวิทยาศาสตร์และเทคโนโลยี การคุ้มครองสิ่งแวดล้อม เศรษฐกิจหมุนเวียน การขยายตัวของความเป็นเมือง และห่วงโซ่คุณค่าระดับภูมิภาค พร้อมการศึกษาดูงานและการหารือ
