import { PopupApp } from '../../components/popup/PopupApp';
import { mountPage } from '../../components/shared/mountPage';

mountPage('popupTitle', <PopupApp />);
